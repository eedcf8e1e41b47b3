using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>An order keeps its open lines' value through every change, since the credit check reads only that value.</summary>
public sealed class OrderValueTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChangeContext Change = new("desk", "customer asked", Now);

    /// <summary>10 of A at 12.34 less 10 % (111.06), 3 of B at 100.00 (300.00), 4 of C at 2.50 (10.00).</summary>
    private static SalesOrder Order() => SalesOrder.Create(
        new CustomerNumber("C-1"), null, shipComplete: false,
        [
            new OrderLineInput(new ItemNumber("A"), "P1", new Quantity(10), false, new LinePrice(12.34m, 10)),
            new OrderLineInput(new ItemNumber("B"), "P1", new Quantity(3), false, new LinePrice(100m, 0)),
            new OrderLineInput(new ItemNumber("C"), "P1", new Quantity(4), false, new LinePrice(2.5m, 0)),
        ],
        Today, "rep", Now);

    [Fact]
    public void A_new_order_is_worth_its_lines_each_rounded_to_the_cent() =>
        Assert.Equal(421.06m, Order().NetTotal);

    [Fact]
    public void A_quantity_change_and_a_cancelled_line_change_the_value()
    {
        var order = Order();

        order.ChangeQuantity(2, new Quantity(1), Change);
        Assert.Equal(221.06m, order.NetTotal);

        order.CancelLine(3, Change);
        Assert.Equal(211.06m, order.NetTotal);
    }

    [Fact]
    public void A_cancelled_order_is_worth_nothing()
    {
        var order = Order();

        order.Cancel(Change);

        Assert.Equal(0m, order.NetTotal);
    }

    [Fact]
    public void An_order_cancelled_in_the_ERP_after_a_partial_shipment_is_worth_what_shipped()
    {
        var order = Order();
        order.Confirm(new OrderPromise(Today,
        [
            new LinePromise("A", "P1", 10, [new(10, Today, Today, Today)], null),
            new LinePromise("B", "P1", 3, [new(3, Today, Today, Today)], null),
            new LinePromise("C", "P1", 4, [new(4, Today, Today, Today)], null),
        ]), provisional: false, Now);
        order.Released("ERP-1");
        order.RecordShipments(new Dictionary<int, decimal> { [2] = 2 }, invoiced: false);

        order.RecordErpStatus(new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now), Now);

        Assert.Equal(200m, order.NetTotal);
    }
}
