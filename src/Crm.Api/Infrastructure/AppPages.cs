namespace Crm.Api.Infrastructure;

/// <summary>The UI's pages: the sign-in and portal-welcome pages are plain HTML, ready before the app has loaded;
/// every other page is the app. A visitor who is not signed in is sent to the sign-in page by the server, with where
/// they wanted to go, before any of the app downloads.</summary>
public static class AppPages
{
    private const string AppRoute = "{*path:nonfile:" + RoutingProblems.NotApi.Name + "}";

    public static void MapAppPages(this IEndpointRouteBuilder app)
    {
        app.MapFallbackToFile("/login", "signin.html").AllowAnonymous();
        app.MapFallbackToFile("/portal/welcome", "portal-welcome.html").AllowAnonymous();
        app.MapFallbackToFile(AppRoute, "index.html").AllowAnonymous();
    }

    public static void UseSignInFirst(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: AppRoute } || context.User.Identity?.IsAuthenticated == true)
                return next(context);
            var wanted = $"{context.Request.Path.Value?.TrimStart('/')}{context.Request.QueryString}";
            context.Response.Redirect(wanted.Length == 0 ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(wanted)}");
            return Task.CompletedTask;
        });
}
