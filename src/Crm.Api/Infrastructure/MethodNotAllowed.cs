using Microsoft.AspNetCore.Routing.Template;

namespace Crm.Api.Infrastructure;

/// <summary>An API address that routing found no endpoint for, although one of the API's routes has that shape, was
/// asked with the wrong method: 405 with the methods the API takes there; otherwise there is no API there (404).
/// Routing cannot tell itself: the UI's fallback (GET) shares every address, so routing finds no endpoint for a GET
/// and offers GET for anything else.</summary>
public sealed class MethodNotAllowed(RequestDelegate next, EndpointDataSource endpoints, IInlineConstraintResolver constraints)
{
    private const string RoutingsOwn405 = "405 HTTP Method Not Supported";

    private IReadOnlyList<ApiRoute>? _routes;

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || context.GetEndpoint() is { DisplayName: not RoutingsOwn405 }) return next(context);
        var allowed = Routes().Where(r => r.Matches(context)).SelectMany(r => r.Methods).Distinct().Order().ToList();
        if (allowed.Count == 0)
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.Headers.Allow = string.Join(", ", allowed);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }

    private IReadOnlyList<ApiRoute> Routes() => _routes ??=
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => ApiRoute.For(e, constraints)),
    ];

    private sealed record ApiRoute(TemplateMatcher Matcher, IReadOnlyList<(string Parameter, IRouteConstraint Constraint)> Constraints, IReadOnlyList<string> Methods)
    {
        public static ApiRoute For(RouteEndpoint endpoint, IInlineConstraintResolver resolver)
        {
            var template = TemplateParser.Parse(endpoint.RoutePattern.RawText!);
            var constraints = template.Parameters
                .SelectMany(p => p.InlineConstraints.Select(c => (p.Name!, resolver.ResolveConstraint(c.Constraint))))
                .Where(c => c.Item2 is not null)
                .Select(c => (c.Item1, c.Item2!))
                .ToList();
            return new(new TemplateMatcher(template, []), constraints, endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []);
        }

        public bool Matches(HttpContext context)
        {
            var values = new RouteValueDictionary();
            return Matcher.TryMatch(context.Request.Path, values)
                && Constraints.All(c => c.Constraint.Match(context, null, c.Parameter, values, RouteDirection.IncomingRequest));
        }
    }
}
