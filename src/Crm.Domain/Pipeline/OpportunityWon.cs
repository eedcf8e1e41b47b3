using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>A deal was won: its amount counts as won in its month.</summary>
public sealed record OpportunityWon(Opportunity Opportunity) : DomainEvent;
