using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>What an order tells the rest of the product when its commitments change: the events the commitment
/// transaction hands to the promise history, the re-promise queue and the outbox.</summary>
public sealed class OrderEventTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Confirming_says_whether_the_promise_was_made_on_data_too_old_to_trust(bool provisional)
    {
        var order = Draft(25);

        order.Confirm(PromiseOf(25, March(10)), provisional, Now);

        var confirmed = Assert.IsType<OrderConfirmed>(Assert.Single(order.DomainEvents));
        Assert.Equal((order, provisional), (confirmed.Order, confirmed.Provisional));
    }

    [Fact]
    public void A_smaller_quantity_gives_up_quantity_and_is_recorded_with_who_why_and_when()
    {
        var order = Confirmed(25);
        var context = new ChangeContext("desk", "  customer needs fewer  ", Now);

        var outcome = order.ChangeQuantity(1, new Quantity(10), context);

        Assert.Equal(QuantityChangeOutcome.Settled, outcome);
        var moved = Assert.IsType<LinePromiseMoved>(Assert.Single(order.DomainEvents));
        Assert.True(moved.GaveUpQuantity);
        Assert.Equal(new ProductKey("A", "P1"), moved.Product);
        Assert.Equal((PromiseChangeKind.QuantityChanged, 25m, 10m), (moved.Change.Kind, moved.Change.Before.Sum(p => p.Quantity), moved.Change.After.Sum(p => p.Quantity)));
        Assert.Equal(("desk", "customer needs fewer", Now), (moved.Change.ChangedBy, moved.Change.Reason, moved.Change.ChangedAt));
    }

    [Fact]
    public void A_larger_quantity_raises_nothing_until_the_extra_is_promised()
    {
        var order = Confirmed(25);
        var context = new ChangeContext("desk", "more", Now);

        var outcome = order.ChangeQuantity(1, new Quantity(30), context);
        var before = order.DomainEvents.Count;
        order.PromiseMore(1, new LinePromise("A", "P1", 5, [new(5, March(12), March(12), March(12))], null), context);

        Assert.Equal((QuantityChangeOutcome.PromiseExtra, 0), (outcome, before));
        var moved = Assert.IsType<LinePromiseMoved>(Assert.Single(order.DomainEvents));
        Assert.False(moved.GaveUpQuantity);
        Assert.Equal(30m, moved.Change.After.Sum(p => p.Quantity));
    }

    [Fact]
    public void A_cancellation_in_the_ERP_is_marked_as_the_ERPs_own_so_nothing_goes_back_to_it()
    {
        var order = Confirmed(25);

        order.RecordErpStatus(new ErpOrderStatus("ERP-1", "SO-000001", ErpDeliveryStatus.Cancelled, Now), Now);

        var moved = Assert.IsType<LinePromiseMoved>(Assert.Single(order.DomainEvents));
        Assert.True(moved.Context.ByErp);
        Assert.True(moved.GaveUpQuantity);
    }

    [Fact]
    public void A_cancellation_by_a_user_is_not_the_ERPs()
    {
        var order = Confirmed(25);

        order.Cancel(new ChangeContext("rep", "withdrawn", Now));

        Assert.False(Assert.IsType<LinePromiseMoved>(Assert.Single(order.DomainEvents)).Context.ByErp);
    }

    [Fact]
    public void A_change_needs_who_made_it_and_a_reason_that_fits()
    {
        var nobody = Assert.Throws<DomainRuleException>(() => new ChangeContext(" ", "why", Now));
        var essay = Assert.Throws<DomainRuleException>(() => new ChangeContext("desk", new string('x', ChangeContext.MaxReasonLength + 1), Now));

        Assert.Equal(("change.by_missing", "change.reason_too_long", "reason"), (nobody.Code, essay.Code, essay.Field));
    }

    private static SalesOrder Draft(decimal quantity) => SalesOrder.Create(
        new CustomerNumber("C-1"), null, shipComplete: false, [new OrderLineInput(new ItemNumber("A"), "P1", new Quantity(quantity), false)],
        Today, "rep", Now);

    private static SalesOrder Confirmed(decimal quantity)
    {
        var order = Draft(quantity);
        order.Confirm(PromiseOf(quantity, March(10)), provisional: false, Now);
        order.ClearDomainEvents();
        return order;
    }

    private static OrderPromise PromiseOf(decimal quantity, DateOnly date) =>
        new(Today, [new LinePromise("A", "P1", quantity, [new(quantity, date, date, date)], null)]);
}
