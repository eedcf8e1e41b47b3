namespace Crm.Api.Infrastructure;

/// <summary>What routing answers without an endpoint, said as problems: an address under /api that nothing serves is a
/// 404, a real route asked with a method or media type it does not take is a 405 or 415 (routing's own answers, which
/// an endpoint catching every /api address would hide).</summary>
public static class RoutingProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound when http.GetEndpoint() is null => $"There is no API at {http.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed =>
                $"{http.Request.Path} does not take {http.Request.Method}; it takes {http.Response.Headers.Allow}.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{http.Request.Path} does not take a body of type '{http.Request.ContentType}'; send application/json.",
            _ => null,
        };
    }

    /// <summary>The UI's fallback page, for every address but the API's: those stay routing's to answer.</summary>
    public sealed class NotApi : IRouteConstraint
    {
        public const string Name = "notapi";

        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            values.TryGetValue(routeKey, out var value)
            && !(value?.ToString() ?? "").Split('/')[0].Equals("api", StringComparison.OrdinalIgnoreCase);
    }
}
