using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>An order's promise became commitments. A provisional one was made on supply data too old to trust and
/// stays in the CRM until it is confirmed on fresh data.</summary>
public sealed record OrderConfirmed(SalesOrder Order, bool Provisional) : DomainEvent;
