using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>An account moved to another team and owner: its open documents, deals and activities move with it.</summary>
/// <param name="Customer">The number its documents carry: the customer number, or a prospect's CRM reference; none
/// for a prospect without documents.</param>
public sealed record CustomerReassigned(CustomerNumber? Customer, AccountId Account, TeamId? From, TeamId To, string Owner) : DomainEvent;
