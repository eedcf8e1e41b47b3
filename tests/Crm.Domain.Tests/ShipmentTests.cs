using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>What the ERP ships comes out of the earliest schedule lines and moves the order along.</summary>
public sealed class ShipmentTests
{
    private static readonly ChangeContext Change = new("desk", "customer asked", new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>25 of A: 10 on 1 March, 15 on 10 March; and 5 of B on 1 March.</summary>
    private static SalesOrder Confirmed()
    {
        var order = SalesOrder.Create(
            new CustomerNumber("C-1"), null, shipComplete: false,
            [new OrderLineInput(new ItemNumber("A"), "P1", new Quantity(25), false), new OrderLineInput(new ItemNumber("B"), "P1", new Quantity(5), false)],
            Today, "rep", Now);
        order.Confirm(new OrderPromise(Today,
        [
            new LinePromise("A", "P1", 25, [new(10, March(1), March(1), March(1)), new(15, March(10), March(10), March(10))], null),
            new LinePromise("B", "P1", 5, [new(5, March(1), March(1), March(1))], null),
        ]), provisional: false, Now);
        return order;
    }

    [Fact]
    public void A_partial_shipment_takes_the_earliest_schedule_lines_first_and_the_order_is_partially_shipped()
    {
        var order = Confirmed();

        order.RecordShipments(new Dictionary<int, decimal> { [1] = 12 }, invoiced: false);

        var a = order.Lines[0];
        Assert.Equal(SalesOrderStatus.PartiallyShipped, order.Status);
        Assert.Equal((12m, 13m), (a.ShippedQuantity, a.OpenQuantity));
        Assert.Equal([(13m, March(10))], a.ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
        Assert.Equal(5m, order.Lines[1].ConfirmedQuantity);
        Assert.True(order.IsCommitted, "what is still open counts as demand");
    }

    [Fact]
    public void Shipping_everything_makes_the_order_shipped_and_an_invoice_then_makes_it_invoiced_and_a_repeat_changes_nothing()
    {
        var order = Confirmed();
        var everything = new Dictionary<int, decimal> { [1] = 25, [2] = 5 };

        order.RecordShipments(everything, invoiced: false);
        var shipped = order.Status;
        order.RecordShipments(everything, invoiced: true);
        order.RecordShipments(everything, invoiced: true);

        Assert.Equal((SalesOrderStatus.Shipped, SalesOrderStatus.Invoiced), (shipped, order.Status));
        Assert.All(order.Lines, l => Assert.Empty(l.ScheduleLines));
        Assert.Equal([25m, 5m], order.Lines.Select(l => l.ShippedQuantity));
    }

    [Fact]
    public void After_a_partial_shipment_a_smaller_quantity_gives_up_the_latest_promise_and_never_goes_below_what_shipped()
    {
        var order = Confirmed();
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 10 }, invoiced: false);

        order.ChangeQuantity(1, new Quantity(20), Change);
        var tooFew = Assert.Throws<DomainRuleException>(() => order.ChangeQuantity(1, new Quantity(9), Change));

        Assert.Equal([(10m, March(10))], order.Lines[0].ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
        Assert.Equal("line.below_shipped", tooFew.Code);
    }

    [Fact]
    public void A_draft_cannot_have_shipped()
    {
        var draft = SalesOrder.Create(
            new CustomerNumber("C-1"), null, false, [new OrderLineInput(new ItemNumber("A"), "P1", new Quantity(1), false)], Today, "rep", Now);

        Assert.Equal("order.not_released", Assert.Throws<DomainRuleException>(() => draft.RecordShipments(new Dictionary<int, decimal> { [1] = 1 }, false)).Code);
    }

    [Fact]
    public void An_order_cancelled_in_the_ERP_frees_every_commitment_and_takes_the_ERPs_number()
    {
        var order = Confirmed();

        order.RecordErpStatus(new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now), Now);
        var changes = order.TakeChanges();

        Assert.Equal((SalesOrderStatus.Cancelled, "ERP-1"), (order.Status, order.ErpOrderNumber));
        Assert.All(order.Lines, l => Assert.True(l.Cancelled));
        Assert.Equal([(1, 25m, 0m), (2, 5m, 0m)], changes.Select(c => (c.LineNumber, c.Before.Sum(p => p.Quantity), c.After.Sum(p => p.Quantity))));
        Assert.All(changes, c => Assert.Equal(("Cancelled in the ERP", "erp", PromiseChangeKind.OrderCancelled), (c.Reason, c.ChangedBy, c.Kind)));
        Assert.False(order.IsCommitted);
    }

    [Fact]
    public void An_order_cancelled_in_the_ERP_after_a_partial_shipment_keeps_what_shipped_and_frees_the_rest()
    {
        var order = Confirmed();
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 12 }, invoiced: false);

        order.RecordErpStatus(new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now), Now);
        var changes = order.TakeChanges();
        order.RecordErpStatus(new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now), Now);
        var again = order.TakeChanges();

        Assert.Equal(SalesOrderStatus.Shipped, order.Status);
        var a = Assert.Single(order.ActiveLines);
        Assert.Equal((1, 12m, 12m, 0m), (a.LineNumber, a.Quantity, a.ShippedQuantity, a.ConfirmedQuantity));
        Assert.True(order.Lines[1].Cancelled);
        Assert.Equal(2, changes.Count);
        Assert.Empty(again);
    }

    [Fact]
    public void An_open_order_in_the_ERP_changes_nothing_but_a_missing_ERP_number()
    {
        var order = Confirmed();
        order.Released("ERP-7");

        order.RecordErpStatus(new ErpOrderStatus("ERP-9", "SO-000001", ErpDeliveryStatus.Open, Now), Now);
        var changes = order.TakeChanges();

        Assert.Empty(changes);
        Assert.Equal((SalesOrderStatus.Released, "ERP-7"), (order.Status, order.ErpOrderNumber));
        Assert.Equal(30m, order.Lines.Sum(l => l.ConfirmedQuantity));
    }

    public static TheoryData<string> WaysOut => ["cancelled", "shipped", "invoiced", "over-delivered", "cancelled in the ERP", "cancelled in the ERP after a partial shipment"];

    /// <summary>Demand is read from the schedule lines alone, so an order that stops counting as demand must give up
    /// every one of them, whichever way it stops.</summary>
    [Theory]
    [MemberData(nameof(WaysOut))]
    public void An_order_that_no_longer_counts_as_demand_holds_no_schedule_lines(string wayOut)
    {
        var order = Confirmed();
        var erpCancel = new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now);

        switch (wayOut)
        {
            case "cancelled": order.Cancel(new ChangeContext("rep", "customer withdrew", Now)); break;
            case "shipped": order.RecordShipments(new Dictionary<int, decimal> { [1] = 25, [2] = 5 }, invoiced: false); break;
            case "invoiced": order.RecordShipments(new Dictionary<int, decimal> { [1] = 25, [2] = 5 }, invoiced: true); break;
            case "over-delivered": order.RecordShipments(new Dictionary<int, decimal> { [1] = 30, [2] = 6 }, invoiced: false); break;
            case "cancelled in the ERP": order.RecordErpStatus(erpCancel, Now); break;
            default:
                order.RecordShipments(new Dictionary<int, decimal> { [1] = 12 }, invoiced: false);
                order.RecordErpStatus(erpCancel, Now);
                break;
        }

        Assert.False(order.IsCommitted, $"an order {wayOut} is {order.Status}");
        Assert.All(order.Lines, l => Assert.Empty(l.ScheduleLines));
    }

    [Fact]
    public void After_a_partial_shipment_a_manual_promise_is_for_what_is_still_open_and_shipping_that_leaves_nothing_committed()
    {
        var order = Confirmed();
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 12 }, invoiced: false);

        var tooMuch = Assert.Throws<DomainRuleException>(() => order.PromiseByHand(1, [new(25, March(5), March(5), March(5))], new ChangeContext("desk", "expedite", Now)));
        order.PromiseByHand(1, [new(13, March(5), March(5), March(5))], new ChangeContext("desk", "expedite", Now));
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 25, [2] = 5 }, invoiced: false);

        Assert.Equal(("promise.exceeds_line", "scheduleLines"), (tooMuch.Code, tooMuch.Field));
        Assert.Contains("13 still to deliver", tooMuch.Message, StringComparison.Ordinal);
        Assert.Equal(SalesOrderStatus.Shipped, order.Status);
        Assert.All(order.Lines, l => Assert.Empty(l.ScheduleLines));
    }

    [Fact]
    public void A_line_cut_to_what_shipped_holds_nothing_and_the_order_is_shipped_once_every_line_is()
    {
        // Worked case 6: nothing is left open on the line, so nothing may be committed to it.
        var order = Confirmed();
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 10, [2] = 5 }, invoiced: false);

        order.ChangeQuantity(1, new Quantity(10), Change);

        Assert.Equal((SalesOrderStatus.Shipped, 0m, 0m), (order.Status, order.Unpromised(1), order.Lines[0].OpenQuantity));
        Assert.Empty(order.Lines.SelectMany(l => l.ScheduleLines));
        Assert.False(order.IsCommitted);
    }

    [Fact]
    public void A_line_cut_to_what_shipped_while_another_is_open_leaves_the_order_partially_shipped()
    {
        var order = Confirmed();
        order.RecordShipments(new Dictionary<int, decimal> { [1] = 10 }, invoiced: false);

        order.ChangeQuantity(1, new Quantity(10), Change);

        Assert.Equal(SalesOrderStatus.PartiallyShipped, order.Status);
        Assert.Empty(order.Lines[0].ScheduleLines);
        Assert.Equal(5m, order.Lines[1].ConfirmedQuantity);
    }
}
