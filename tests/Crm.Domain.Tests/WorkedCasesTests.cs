using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>The hand-computed cases of shared/atp-cases.md.</summary>
public sealed class WorkedCasesTests
{
    [Fact]
    public void Case1_look_ahead_protects_later_commitments()
    {
        var a = Product("A", [OnHand(100), Po(10, 50)], [Demand(5, 80), Demand(12, 60)]);

        var timeline = PromisingEngine.TimelineFor(a.Values.Single(), Today);
        Assert.All(new[] { March(1), March(2), March(5), March(10), March(12), March(31) },
            d => Assert.Equal(10m, timeline.AvailableOn(d)));

        var line = Promise(a, March(2), lines: Line("A", 30)).Lines.Single();

        Assert.Equal([(10m, March(2))], Parts(line));
        Assert.Equal(PromiseStatus.Partial, line.Status);
        Assert.Equal(ShortfallReason.NoSupplyWithinHorizon, line.Shortfall);
    }

    [Fact]
    public void Case2_partial_confirmation_walks_forward()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)]);

        var line = Promise(b, March(1), lines: Line("B", 70)).Lines.Single();

        Assert.Equal([(20m, March(1)), (30m, March(8)), (20m, March(15))], Parts(line));
        Assert.Equal(PromiseStatus.Full, line.Status);
    }

    [Fact]
    public void Case2_complete_delivery_waits_for_the_whole_quantity()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)]);

        var line = Promise(b, March(1), lines: Line("B", 70, complete: true)).Lines.Single();

        Assert.Equal([(70m, March(15))], Parts(line));
    }

    [Fact]
    public void Case3_replenishment_lead_time_confirms_the_rest_at_the_RLT_date()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)], rltDays: 5);

        var line = Promise(b, March(1), lines: Line("B", 70)).Lines.Single();

        Assert.Equal([(20m, March(1)), (50m, March(8))], Parts(line));
    }

    [Fact]
    public void Case4_dates_run_backward_from_the_requested_delivery_and_forward_from_late_supply()
    {
        var calendar = P1(pickPackDays: 1);
        var covered = Product("D", [OnHand(10)], calendar: calendar);
        var late = Product("D", [Po(15, 10)], calendar: calendar);

        var onTime = Promise(covered, March(15), transitDays: 3, lines: Line("D", 10)).Lines.Single().ScheduleLines.Single();
        var later = Promise(late, March(15), transitDays: 3, lines: Line("D", 10)).Lines.Single().ScheduleLines.Single();

        Assert.Equal(new ScheduleLinePromise(10, March(11), March(12), March(15)), onTime);
        Assert.Equal(new ScheduleLinePromise(10, March(15), March(16), March(19)), later);
    }
}
