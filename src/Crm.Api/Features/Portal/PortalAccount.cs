using System.Reflection;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Portal;

/// <summary>Whose portal this is: the signed-in customer user's account and contact, and the number their account's
/// documents carry. Every portal query starts from it, so nothing of another account can be named.</summary>
public sealed record PortalAccount(string UserName, AccountId Account, ContactId Contact, CustomerNumber? Documents)
{
    /// <summary>Bound by minimal APIs from the signed-in user; a customer user without (or with revoked) portal access
    /// is refused.</summary>
    public static async ValueTask<PortalAccount?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        await FindAsync(context)
        ?? throw new ForbiddenException("This sign-in has no portal access (any more); ask your contact at the company.", "portal.no_access");

    /// <summary>The signed-in user's portal account, or none; read once per request (the record guard and the
    /// endpoint both ask).</summary>
    public static async Task<PortalAccount?> FindAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(PortalAccount), out var known)) return (PortalAccount?)known;
        var found = await ReadAsync(context);
        context.Items[typeof(PortalAccount)] = found;
        return found;
    }

    private static async Task<PortalAccount?> ReadAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<CrmDbContext>();
        var name = context.User.Identity?.Name ?? "";
        var access = await db.PortalUsers.AsNoTracking().Where(u => u.UserName == name && u.RevokedAt == null)
            .Join(db.Accounts, u => u.AccountId, a => a.Id, (u, a) => new { u.AccountId, u.ContactId, a.CustomerNumber, a.ErpReference })
            .FirstOrDefaultAsync(context.RequestAborted);
        if (access is null) return null;
        var documents = access.CustomerNumber ?? (access.ErpReference is { } reference ? new CustomerNumber(reference) : null);
        return new PortalAccount(name, access.AccountId, access.ContactId, documents);
    }
}
