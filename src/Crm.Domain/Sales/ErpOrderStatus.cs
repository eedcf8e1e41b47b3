using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>How far the ERP has got with delivering one of its sales orders.</summary>
public enum ErpDeliveryStatus { Open, PartiallyDelivered, Delivered, Cancelled }

/// <summary>The ERP's own view of one of our orders, from its sales-order feed.</summary>
/// <param name="OrderNumber">Our order number: the ERP's external reference.</param>
public sealed record ErpOrderStatus(string ErpOrderNumber, string OrderNumber, ErpDeliveryStatus Status, DateTimeOffset LastChange)
{
    public string ErpOrderNumber { get; } = string.IsNullOrWhiteSpace(ErpOrderNumber)
        ? throw new DomainRuleException("erp_order.number", "The ERP's order number is required.", "salesOrderNumber") : ErpOrderNumber.Trim();

    public string OrderNumber { get; } = string.IsNullOrWhiteSpace(OrderNumber)
        ? throw new DomainRuleException("erp_order.reference", "The external reference (our order number) is required.", "externalReference") : OrderNumber.Trim();
}
