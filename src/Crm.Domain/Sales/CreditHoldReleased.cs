using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>A manager released an order from credit hold: it is confirmed and goes to the ERP now.</summary>
public sealed record CreditHoldReleased(SalesOrder Order, ChangeContext Context) : DomainEvent;
