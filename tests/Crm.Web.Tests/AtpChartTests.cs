using Crm.Contracts;
using Crm.Web.Pages.Sales;

namespace Crm.Web.Tests;

/// <summary>The ATP explorer's chart data: steps over time, ATP only where it is limited, today and the RLT date marked.</summary>
public sealed class AtpChartTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static AtpExplorerResponse Profile(DateOnly? rlt, params AtpPointResponse[] points) =>
        new("A-100", "P1", "Hydraulic pump HP-20", "PC", Today, rlt, points, [], [], []);

    [Fact]
    public void The_steps_run_a_week_past_the_last_change_so_the_last_step_shows()
    {
        var (steps, atp, today, rlt) = AtpChart.From(Profile(null, new(Today, 100, 0, 10), new(new DateOnly(2027, 3, 5), 100, 80, 10)));

        Assert.Equal([new DateTime(2027, 3, 1), new DateTime(2027, 3, 5), new DateTime(2027, 3, 12)], steps.Select(s => s.Date));
        Assert.Equal([100m, 100m, 100m], steps.Select(s => s.Supply));
        Assert.Equal([0m, 80m, 80m], steps.Select(s => s.Demand));
        Assert.Equal(3, atp.Count);
        Assert.Equal([(new DateTime(2027, 3, 1), 0m), (new DateTime(2027, 3, 1), 100m)], today.Select(t => (t.Date, t.Supply)));
        Assert.Empty(rlt);
    }

    [Fact]
    public void From_the_RLT_date_ATP_is_unlimited_and_not_drawn()
    {
        var rltDate = new DateOnly(2027, 3, 8);
        var (steps, atp, _, rlt) = AtpChart.From(Profile(rltDate, new(Today, 20, 5, 15), new(rltDate, 50, 5, null), new(new DateOnly(2027, 3, 15), 100, 5, null)));

        Assert.Equal(4, steps.Count);
        Assert.Equal([new DateTime(2027, 3, 1)], atp.Select(a => a.Date));
        Assert.Equal([15m], atp.Select(a => a.Available));
        Assert.Equal([new DateTime(2027, 3, 8), new DateTime(2027, 3, 8)], rlt.Select(r => r.Date));
        Assert.Equal(100m, rlt[1].Supply);
    }
}
