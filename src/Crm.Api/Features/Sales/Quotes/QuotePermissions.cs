using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Contracts;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Who may act on a quote and what they may do with it now: the endpoints' roles and the quote's own rules
/// (with the caller's approval authority), so the quote's <c>allowedActions</c> and the API agree (a test holds them to it).</summary>
public static class QuotePermissions
{
    public static readonly string[] Decide = [Roles.Manager];

    public static IReadOnlyList<string> AllowedActions(Quote quote, ClaimsPrincipal? user, ApprovalRules rules, DateOnly today)
    {
        if (user?.Identity?.Name is not { } name || !Roles.People.Any(user.IsInRole)) return [];
        var actions = new List<string>();
        if (quote.CanReviseInPlace) actions.Add(QuoteActions.Save);
        if (quote.CanReviseAsNextVersion) actions.Add(QuoteActions.Revise);
        if (quote.CanSubmit) actions.Add(QuoteActions.Submit);
        if (quote.CanBeDecidedBy(name) && Decide.Any(user.IsInRole)) actions.AddRange([QuoteActions.Approve, QuoteActions.Reject]);
        if (quote.CanSend(rules)) actions.Add(QuoteActions.Send);
        if (quote.CanAccept(rules, today)) actions.Add(QuoteActions.Accept);
        if (quote.CanDecline) actions.Add(QuoteActions.Decline);
        if (quote.CanConvert) actions.Add(QuoteActions.Convert);
        actions.Add(QuoteActions.Copy);
        return actions;
    }
}
