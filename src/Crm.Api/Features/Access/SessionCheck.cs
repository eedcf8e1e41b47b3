using System.Collections.Concurrent;
using Crm.Api.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace Crm.Api.Features.Access;

/// <summary>A session cookie holds the user's security stamp from sign-in. Logging out renews the stamp, so every
/// cookie issued before (a saved copy too) is refused from the next request on. One key lookup a request.</summary>
public static class SessionCheck
{
    /// <summary>Compiled once per provider's model: it runs on every request.</summary>
    private static readonly ConcurrentDictionary<IModel, Func<CrmDbContext, string, Task<string?>>> Stamps = new();

    private static Task<string?> Stamp(CrmDbContext db, string id) =>
        Stamps.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery(
            (CrmDbContext c, string userId) => c.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault()))(db, id);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (id is not null && stamp is not null && stamp == await Stamp(services.GetRequiredService<CrmDbContext>(), id)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
