using Crm.Domain.Sales;

namespace ErpBridge.Outbound;

public sealed record CommitmentScheduleLine(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

/// <param name="UnitPrice">The price the line sells at, before its discount, in the order's currency.</param>
public sealed record CommitmentLine(
    int LineNumber, string ItemNumber, string Plant, decimal Quantity, IReadOnlyList<CommitmentScheduleLine> ScheduleLines, bool Cancelled = false,
    decimal UnitPrice = 0, decimal DiscountPercent = 0);

/// <summary>What the CRM committed to a customer, as it goes out to the ERP. Stored in the outbox as it was at
/// confirmation or change, so what is delivered is what was promised at that moment.</summary>
/// <param name="CustomerReference">The customer's purchase order number.</param>
public sealed record OrderCommitment(
    string OrderNumber, string CustomerNumber, DateOnly? RequestedDeliveryDate, IReadOnlyList<CommitmentLine> Lines, bool Cancelled = false,
    string? CustomerReference = null, string? Currency = null)
{
    public static OrderCommitment From(SalesOrder order) => new(
        order.Number, order.CustomerNumber.Value, order.RequestedDeliveryDate,
        [.. order.Lines.Select(l => new CommitmentLine(
            l.LineNumber, l.ItemNumber, l.Plant, l.Quantity,
            [.. l.ScheduleLines.Select(s => new CommitmentScheduleLine(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))],
            l.Cancelled, l.UnitPrice, l.DiscountPercent))],
        order.Status == SalesOrderStatus.Cancelled, order.PurchaseOrderNumber, order.Currency.Length == 0 ? null : order.Currency);
}
