using Crm.Domain.Promising;

namespace Crm.Domain.Supply;

/// <summary>Which supply counts for promising. The default counts on-hand stock, firm and released
/// production orders and open purchase-order lines, and applies the replenishment lead time.</summary>
public sealed record CheckingRule(bool IncludePlannedProductionOrders, bool UseReplenishmentLeadTime)
{
    public static readonly CheckingRule Default = new(IncludePlannedProductionOrders: false, UseReplenishmentLeadTime: true);

    /// <summary>Supply events of one product at one plant; the caller passes only that plant's records.</summary>
    public IReadOnlyList<SupplyEvent> SupplyEvents(
        DateOnly today, decimal onHand, IEnumerable<ProductionOrder> productionOrders, IEnumerable<PurchaseOrderLine> purchaseOrderLines)
    {
        var events = new List<SupplyEvent>();
        if (onHand > 0) events.Add(new SupplyEvent(today, onHand, SupplySource.OnHand));
        events.AddRange(productionOrders
            .Where(p => Counts(p.Status) && p.OpenQuantity > 0)
            .Select(p => new SupplyEvent(p.ScheduledFinish, p.OpenQuantity, new SupplySource(SupplyKind.ProductionOrder, p.OrderNumber))));
        events.AddRange(purchaseOrderLines
            .Where(p => p.OpenQuantity > 0)
            .Select(p => new SupplyEvent(p.ExpectedDate, p.OpenQuantity, new SupplySource(SupplyKind.PurchaseOrder, $"{p.PoNumber}/{p.Line}"))));
        return events;
    }

    private bool Counts(ProductionOrderStatus status) => status switch
    {
        ProductionOrderStatus.Firm or ProductionOrderStatus.Released => true,
        ProductionOrderStatus.Planned => IncludePlannedProductionOrders,
        _ => false,
    };
}
