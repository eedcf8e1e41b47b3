using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>An accepted quote became its sales order.</summary>
public sealed record QuoteConverted(QuoteId Quote, SalesOrderId Order, DateTimeOffset At) : DomainEvent;
