using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Contracts;
using Crm.Domain.Pipeline;

namespace Crm.Api.Features.Pipeline;

/// <summary>Who works leads and deals, and what they may do with one now: the roles the endpoints require and the
/// record's own rules, in one place, so the <c>allowedActions</c> and the API agree.</summary>
public static class PipelinePermissions
{
    public static readonly string[] Workers = [Roles.Sales, Roles.Manager, Roles.Admin];

    public static IReadOnlyList<string> ForLead(LeadStatus status, ClaimsPrincipal? user)
    {
        if (user is null || !Workers.Any(user.IsInRole) || status is not (LeadStatus.New or LeadStatus.Working)) return [];
        return status == LeadStatus.New
            ? [LeadActions.StartWorking, LeadActions.Change, LeadActions.Disqualify, LeadActions.Convert]
            : [LeadActions.Change, LeadActions.Disqualify, LeadActions.Convert];
    }

    /// <summary>A deal with products is quoted, a prospect's like a customer's.</summary>
    public static IReadOnlyList<string> ForDeal(OpportunityStatus status, int lines, ClaimsPrincipal? user)
    {
        if (user is null || !Workers.Any(user.IsInRole) || status != OpportunityStatus.Open) return [];
        return lines > 0 ? [DealActions.Change, DealActions.Quote] : [DealActions.Change];
    }
}
