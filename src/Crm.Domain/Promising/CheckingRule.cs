using Crm.Domain.Supply;

namespace Crm.Domain.Promising;

/// <summary>Which supply counts for promising. The default counts on-hand stock, firm and released
/// production orders and open purchase-order lines, and applies the replenishment lead time.</summary>
public sealed record CheckingRule(bool IncludePlannedProductionOrders, bool UseReplenishmentLeadTime)
{
    public static readonly CheckingRule Default = new(IncludePlannedProductionOrders: false, UseReplenishmentLeadTime: true);

    /// <summary>Supply events of one product at one plant; the caller passes only that plant's records. Given
    /// production and purchase orders each in date order, the events come out in date order (merged, on-hand among
    /// them at today), so the engine never has to sort them.</summary>
    public IReadOnlyList<SupplyEvent> SupplyEvents(
        DateOnly today, decimal onHand, IEnumerable<ProductionOrder> productionOrders, IEnumerable<PurchaseOrderLine> purchaseOrderLines)
    {
        var made = productionOrders
            .Where(p => Counts(p.Status) && p.OpenQuantity > 0)
            .Select(p => new SupplyEvent(p.ScheduledFinish, p.OpenQuantity, new SupplySource(SupplyKind.ProductionOrder, p.OrderNumber)));
        var bought = purchaseOrderLines
            .Where(p => p.OpenQuantity > 0)
            .Select(p => new SupplyEvent(p.ExpectedDate, p.OpenQuantity, new SupplySource(SupplyKind.PurchaseOrder, $"{p.PoNumber}/{p.Line}")));
        IEnumerable<SupplyEvent> stock = onHand > 0 ? [new SupplyEvent(today, onHand, SupplySource.OnHand)] : [];
        return [.. Merge(Merge(stock, made), bought)];
    }

    /// <summary>Two date-ordered sequences as one; on equal dates the first's events come first.</summary>
    private static IEnumerable<SupplyEvent> Merge(IEnumerable<SupplyEvent> first, IEnumerable<SupplyEvent> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        var (hasA, hasB) = (a.MoveNext(), b.MoveNext());
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current.Date <= b.Current.Date))
            {
                yield return a.Current;
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }

    private bool Counts(ProductionOrderStatus status) => status switch
    {
        ProductionOrderStatus.Firm or ProductionOrderStatus.Released => true,
        ProductionOrderStatus.Planned => IncludePlannedProductionOrders,
        _ => false,
    };
}
