using System.Reflection;
using System.Security.Claims;
using Crm.Api.Infrastructure;

namespace Crm.Api.Infrastructure.Visibility;

/// <summary>Who is asking, as record visibility needs it (DESIGN §9): the order desk, the service desk and admins see every account;
/// reps and managers see the accounts of the teams they are in or manage, and everything under them.</summary>
public sealed record Viewer(string UserName, bool SeesAll)
{
    public static Viewer Of(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.IsInRole(Roles.OrderDesk) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Service));

    /// <summary>Bound by minimal APIs from the signed-in user.</summary>
    public static ValueTask<Viewer?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Viewer?>(Of(context.User));
}
