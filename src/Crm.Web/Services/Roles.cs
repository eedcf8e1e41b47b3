using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>The API's roles (<see cref="Role"/>), typed: the UI asks "is this user order desk?", never compares strings.</summary>
public static class UserRoles
{
    public static IReadOnlySet<Role> RolesOf(this CurrentUser user) =>
        user.Roles.Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).OfType<Role>().ToHashSet();

    public static bool Is(this CurrentUser? user, params Role[] any) => user is not null && any.Any(user.RolesOf().Contains);

    /// <summary>Who works on every order (and may set promises by hand, confirm any order): as the API decides.</summary>
    /// <summary>Who moves cases on, hands them over and escalates them.</summary>
    public static bool WorksCases(this CurrentUser? user) => user.Is(Role.Service, Role.Manager, Role.Admin);

    public static bool SeesEveryOrder(this CurrentUser? user) => user.Is(Role.OrderDesk, Role.Manager, Role.Admin);

    public static string Label(this Role role) => role switch
    {
        Role.Sales => "Sales rep",
        Role.OrderDesk => "Order desk",
        Role.Manager => "Manager",
        Role.Admin => "Administrator",
        Role.Integration => "Integration client",
        Role.Service => "Service agent",
        Role.Customer => "Customer",
        _ => role.ToString(),
    };
}
