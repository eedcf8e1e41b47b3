using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Crm.Api.Features.Access;

public static class SignInSetup
{
    /// <summary>Throttled password sign-in, and the session check that makes logging out end every saved cookie.</summary>
    public static void AddSignIn(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignIn>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme,
            o => o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync);
    }
}
