namespace Crm.Api.Infrastructure;

/// <summary>Refuses unsafe requests that a browser says come from another site (Fetch Metadata, else Origin): a
/// cross-site form or script must not act with the user's cookie. SameSite=Strict alone would let a sibling
/// subdomain through. A request without those headers is not from a browser and is judged by its credentials.</summary>
public sealed class CrossSiteRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (IsUnsafe(context.Request.Method) && ComesFromElsewhere(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Cross-site request refused",
                    Detail = "A change can only be made from B2BCrm's own pages.",
                    Extensions = { ["code"] = "request.cross_site" },
                },
            });
            return;
        }
        await next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool ComesFromElsewhere(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
