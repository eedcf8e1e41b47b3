using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Supply;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

public sealed class PromisingRulesTests
{
    [Fact]
    public void Two_lines_of_one_product_consume_each_other_in_line_order()
    {
        var b = Product("B", [OnHand(20), Production(8, 30)]);

        var promise = Promise(b, March(1), lines: [Line("B", 15), Line("B", 15)]);

        Assert.Equal([(15m, March(1))], Parts(promise.Lines[0]));
        Assert.Equal([(5m, March(1)), (10m, March(8))], Parts(promise.Lines[1]));
    }

    [Fact]
    public void A_ship_complete_order_leaves_together_at_the_latest_complete_date()
    {
        var products = Product("A", [OnHand(10)]);
        foreach (var (key, value) in Product("B", [OnHand(5), Po(10, 20)])) products[key] = value;

        var promise = Promise(products, March(1), shipComplete: true, lines: [Line("A", 10), Line("B", 20)]);

        Assert.All(promise.Lines, l => Assert.Equal(March(10), l.ScheduleLines.Single().MaterialAvailabilityDate));
        Assert.Equal([10m, 20m], promise.Lines.Select(l => l.ConfirmedQuantity));
    }

    [Fact]
    public void A_ship_complete_order_with_one_impossible_line_confirms_nothing_and_says_why()
    {
        var products = Product("A", [OnHand(10)]);
        foreach (var (key, value) in Product("B", [OnHand(5)])) products[key] = value;

        var promise = Promise(products, March(1), shipComplete: true, lines: [Line("A", 10), Line("B", 20)]);

        Assert.All(promise.Lines, l => Assert.Equal(PromiseStatus.None, l.Status));
        Assert.Equal(ShortfallReason.ShipCompleteBlocked, promise.Lines[0].Shortfall);
        Assert.Equal(ShortfallReason.CompleteDeliveryNotPossible, promise.Lines[1].Shortfall);
    }

    [Fact]
    public void Past_dated_supply_and_demand_count_today()
    {
        var a = Product("A", [new SupplyEvent(March(1).AddDays(-10), 40, SupplySource.OnHand)], [new DemandEvent(March(1).AddDays(-3), 15)]);

        var line = Promise(a, null, lines: Line("A", 50)).Lines.Single();

        Assert.Equal([(25m, March(1))], Parts(line));
    }

    [Fact]
    public void A_requested_date_in_the_past_is_scheduled_forward_from_today()
    {
        var a = Product("A", [OnHand(10)], calendar: P1(pickPackDays: 2));

        var line = Promise(a, March(2), transitDays: 1, lines: Line("A", 10)).Lines.Single().ScheduleLines.Single();

        Assert.Equal(new ScheduleLinePromise(10, March(1), March(3), March(4)), line);
    }

    [Fact]
    public void Supply_arriving_on_a_weekend_or_holiday_is_promised_on_the_next_working_day()
    {
        var a = Product("A", [Po(6, 10)], calendar: P1(0, March(8)));

        var line = Promise(a, March(1), lines: Line("A", 10)).Lines.Single();

        Assert.Equal([(10m, March(9))], Parts(line));
    }

    [Fact]
    public void The_RLT_date_counts_working_days_around_holidays()
    {
        var a = Product("A", [], rltDays: 3, calendar: P1(0, March(2), March(3)));

        var line = Promise(a, March(1), lines: Line("A", 7)).Lines.Single();

        Assert.Equal([(7m, March(8))], Parts(line));
    }

    [Fact]
    public void Nothing_confirmable_without_supply_or_RLT()
    {
        var a = Product("A", []);

        var line = Promise(a, March(1), lines: Line("A", 5)).Lines.Single();

        Assert.Equal(PromiseStatus.None, line.Status);
        Assert.Empty(line.ScheduleLines);
        Assert.Equal(ShortfallReason.NoSupplyWithinHorizon, line.Shortfall);
    }

    [Fact]
    public void An_unknown_item_is_a_broken_rule_naming_the_field()
    {
        var a = Product("A", [OnHand(1)]);

        var error = Assert.Throws<DomainRuleException>(() => Promise(a, March(1), lines: Line("Z", 1)));

        Assert.Equal("item.unknown", error.Code);
        Assert.Equal("itemNumber", error.Field);
    }

    [Fact]
    public void The_default_checking_rule_counts_firm_and_released_orders_and_open_quantities_only()
    {
        DateTimeOffset changed = default;
        var orders = new[]
        {
            new ProductionOrder("P-1", "A", "P1", 10, 4, March(1), March(3), ProductionOrderStatus.Firm, changed),
            new ProductionOrder("P-2", "A", "P1", 10, 0, March(1), March(4), ProductionOrderStatus.Released, changed),
            new ProductionOrder("P-3", "A", "P1", 10, 0, March(1), March(5), ProductionOrderStatus.Planned, changed),
            new ProductionOrder("P-4", "A", "P1", 10, 0, March(1), March(5), ProductionOrderStatus.Cancelled, changed),
            new ProductionOrder("P-5", "A", "P1", 10, 10, March(1), March(5), ProductionOrderStatus.Completed, changed),
        };
        var purchases = new[]
        {
            new PurchaseOrderLine("4500", 1, "A", "P1", 8, 3, March(9), changed),
            new PurchaseOrderLine("4500", 2, "A", "P1", 8, 8, March(9), changed),
        };

        var events = CheckingRule.Default.SupplyEvents(Today, 7, orders, purchases);
        var withPlanned = (CheckingRule.Default with { IncludePlannedProductionOrders = true }).SupplyEvents(Today, 7, orders, purchases);

        Assert.Equal(
            [(SupplyKind.OnHand, (string?)null, 7m), (SupplyKind.ProductionOrder, "P-1", 6m), (SupplyKind.ProductionOrder, "P-2", 10m), (SupplyKind.PurchaseOrder, "4500/1", 5m)],
            events.Select(e => (e.Source.Kind, e.Source.Reference, e.Quantity)));
        Assert.Contains(withPlanned, e => e.Source.Reference == "P-3");
    }
}
