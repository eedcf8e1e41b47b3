using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>The ATP explorer's step lines, computed by hand from the worked cases.</summary>
public sealed class AtpProfileTests
{
    [Fact]
    public void Each_step_shows_supply_and_demand_so_far_and_what_later_commitments_leave_free()
    {
        var a = Product("A", [OnHand(100), Po(10, 50)], [Demand(5, 80), Demand(12, 60)]).Values.Single();

        var profile = AtpProfile.Of(a, Today);

        Assert.Null(profile.ReplenishmentDate);
        Assert.Equal(
        [
            new AtpPoint(March(1), 100, 0, 10),
            new AtpPoint(March(5), 100, 80, 10),
            new AtpPoint(March(10), 150, 80, 10),
            new AtpPoint(March(12), 150, 140, 10),
        ], profile.Points);
    }

    [Fact]
    public void From_the_RLT_date_on_availability_is_unlimited_and_past_dates_count_today()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)], [Demand(1, 5) with { Date = March(1).AddDays(-3) }], rltDays: 5)
            .Values.Single();

        var profile = AtpProfile.Of(b, Today);

        Assert.Equal(March(8), profile.ReplenishmentDate);
        Assert.Equal(
        [
            new AtpPoint(March(1), 20, 5, 15),
            new AtpPoint(March(8), 50, 5, null),
            new AtpPoint(March(15), 100, 5, null),
        ], profile.Points);
    }
}
