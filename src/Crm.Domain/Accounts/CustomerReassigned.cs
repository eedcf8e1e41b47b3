using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A customer moved to another team: its open documents move with it.</summary>
public sealed record CustomerReassigned(CustomerNumber Customer, TeamId? From, TeamId To) : DomainEvent;
