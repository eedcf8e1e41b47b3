using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>A prospect's order carries the customer number the ERP gave the prospect; until now the ERP knew nothing of it.</summary>
public sealed record OrderCustomerNumbered(SalesOrder Order) : DomainEvent;
