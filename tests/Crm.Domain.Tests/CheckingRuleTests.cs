using Crm.Domain.Promising;
using Crm.Domain.Supply;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>The default checking rule, and the order it hands its events to the engine in.</summary>
public sealed class CheckingRuleTests
{
    private static readonly DateTimeOffset Changed = new(2027, 2, 26, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Date_ordered_orders_give_date_ordered_supply_with_stock_at_today_and_only_what_counts()
    {
        ProductionOrder[] made =
        [
            new("P-1", "A", "P1", 30, 0, March(1), March(4), ProductionOrderStatus.Released, Changed),
            new("P-2", "A", "P1", 99, 0, March(1), March(5), ProductionOrderStatus.Planned, Changed),
            new("P-3", "A", "P1", 20, 5, March(1), March(12), ProductionOrderStatus.Firm, Changed),
        ];
        PurchaseOrderLine[] bought =
        [
            new("4500", 1, "A", "P1", 10, 0, new DateOnly(2027, 2, 20), Changed),
            new("4500", 2, "A", "P1", 40, 0, March(8), Changed),
            new("4501", 1, "A", "P1", 5, 5, March(9), Changed),
        ];

        var events = CheckingRule.Default.SupplyEvents(Today, 100, made, bought);

        Assert.Equal(
            [(new DateOnly(2027, 2, 20), 10m), (Today, 100m), (March(4), 30m), (March(8), 40m), (March(12), 15m)],
            events.Select(e => (e.Date, e.Quantity)));
    }
}
