using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>A quote went to the team's managers for approval.</summary>
public sealed record QuoteApprovalRequested(Quote Quote, string RequestedBy, IReadOnlyList<string> Reasons) : DomainEvent;
