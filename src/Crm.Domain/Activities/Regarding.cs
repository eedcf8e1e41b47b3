using Crm.Domain.Accounts;

namespace Crm.Domain.Activities;

/// <summary>The record an activity is about, and the account behind it (none for a lead), so the account's timeline
/// shows what was done about its contacts, deals, quotes and orders too.</summary>
public sealed record Regarding(RegardingType Type, long Id, AccountId? Account, TeamId? Team, string Title);
