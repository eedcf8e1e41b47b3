using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Sales;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>A ship-complete order whose one line is promised again by backorder processing still leaves in one piece.</summary>
public sealed class ShipCompleteRepromisingTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void When_one_line_slips_every_line_follows_it_and_is_at_risk()
    {
        var order = ConfirmedShipComplete(March(5));

        order.ApplyBackorderProcessing(
            [new RepromisedLine(new CommitmentKey(0, 1), LinePromiseAt("A", March(12)), Worse: true)], _ => Schedule(), new ChangeContext("job", "ERP supply changed", Now));
        var changes = order.TakeChanges();

        Assert.Equal([1, 2], changes.Select(c => c.LineNumber));
        Assert.All(order.Lines, l => Assert.Equal(March(12), l.ScheduleLines.Single().MaterialAvailabilityDate));
        Assert.All(order.Lines, l => Assert.Equal(Now, l.AtRiskSince));
    }

    [Fact]
    public void When_one_line_can_no_longer_complete_the_whole_order_waits_and_says_why()
    {
        var order = ConfirmedShipComplete(March(5));
        var impossible = new LinePromise("A", "P1", 10, [], ShortfallReason.CompleteDeliveryNotPossible);

        order.ApplyBackorderProcessing([new RepromisedLine(new CommitmentKey(0, 1), impossible, Worse: true)], _ => Schedule(), new ChangeContext("job", "ERP supply changed", Now));

        Assert.All(order.Lines, l => Assert.Empty(l.ScheduleLines));
        Assert.Equal([ShortfallReason.CompleteDeliveryNotPossible, ShortfallReason.ShipCompleteBlocked], order.Lines.Select(l => l.Shortfall));
    }

    [Fact]
    public void A_line_pulled_earlier_still_waits_for_the_others()
    {
        var order = ConfirmedShipComplete(March(5));

        order.ApplyBackorderProcessing(
            [new RepromisedLine(new CommitmentKey(0, 1), LinePromiseAt("A", March(1)), Worse: false)], _ => Schedule(), new ChangeContext("job", "Commitments released", Now));
        var changes = order.TakeChanges();

        Assert.Empty(changes);
        Assert.All(order.Lines, l => Assert.Equal(March(5), l.ScheduleLines.Single().MaterialAvailabilityDate));
    }

    private static SalesOrder ConfirmedShipComplete(DateOnly together)
    {
        var order = SalesOrder.Create(
            new CustomerNumber("C-1"), null, shipComplete: true,
            [new OrderLineInput(new ItemNumber("A"), "P1", new Quantity(10), false), new OrderLineInput(new ItemNumber("B"), "P1", new Quantity(10), false)],
            Today, "rep", Now);
        order.Confirm(new OrderPromise(Today, [LinePromiseAt("A", together), LinePromiseAt("B", together)]), provisional: false, Now);
        return order;
    }

    private static LinePromise LinePromiseAt(string item, DateOnly material) => new(item, "P1", 10, [Schedule().Line(10, material)], null);

    private static DeliverySchedule Schedule() => new(P1(), Today, null, 0);
}
