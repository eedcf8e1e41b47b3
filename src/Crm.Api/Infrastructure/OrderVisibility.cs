using System.Security.Claims;

namespace Crm.Api.Infrastructure;

/// <summary>Whose orders a user works on: a rep their own, the order desk, managers and admins every one.</summary>
public static class OrderVisibility
{
    public static bool SeesEveryOrder(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.OrderDesk) || user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Admin);

    public static bool WorksOn(this ClaimsPrincipal user, string createdBy) =>
        user.SeesEveryOrder() || string.Equals(user.Identity?.Name, createdBy, StringComparison.Ordinal);
}
