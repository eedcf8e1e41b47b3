using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Contracts;
using Crm.Domain.Service;

namespace Crm.Api.Features.Service;

/// <summary>Who may work a case and what they may do with it now: the roles the endpoints require and the case's own
/// rules, in one place, so the case's <c>allowedActions</c> and the API agree (a test holds them to it).</summary>
public static class CasePermissions
{
    public static IReadOnlyList<string> AllowedActions(ServiceCase serviceCase, ClaimsPrincipal? user, DateTimeOffset now, TimeSpan reopenPeriod)
    {
        if (user?.Identity?.Name is not { } name || !Roles.CaseWorkers.Any(user.IsInRole)) return [];
        bool Can(CaseStatus status) => serviceCase.CanMoveTo(status, now, reopenPeriod);
        var actions = new List<string>();
        if (Can(CaseStatus.InProgress)) actions.Add(CaseActions.StartWork);
        if (Can(CaseStatus.WaitingOnCustomer)) actions.Add(CaseActions.WaitOnCustomer);
        if (Can(CaseStatus.Resolved)) actions.Add(CaseActions.Resolve);
        if (Can(CaseStatus.Closed)) actions.Add(CaseActions.Close);
        if (serviceCase.CanEscalate) actions.Add(CaseActions.Escalate);
        if (!string.Equals(serviceCase.Owner, name, StringComparison.OrdinalIgnoreCase)) actions.Add(CaseActions.Take);
        return actions;
    }
}
