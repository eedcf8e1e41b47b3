using Crm.Contracts;

namespace Crm.Web.Pages.Sales;

/// <summary>A point of the ATP explorer's chart.</summary>
public sealed record ChartPoint(DateTime Date, decimal Supply, decimal Demand, decimal Available);

/// <summary>The explorer's answer as chart series: cumulative supply and demand, ATP up to the RLT date (unlimited
/// after it, so not drawn), and vertical marks at today and the RLT date.</summary>
public static class AtpChart
{
    public static (List<ChartPoint> Steps, List<ChartPoint> Atp, List<ChartPoint> Today, List<ChartPoint> Rlt) From(AtpExplorerResponse profile)
    {
        var steps = profile.Points.Select(p => new ChartPoint(At(p.Date), p.CumulativeSupply, p.CumulativeDemand, p.Available ?? 0)).ToList();
        // The chart ends a week after the last change, so the last step has a width.
        if (profile.Points.Count > 0)
        {
            var last = profile.Points[^1];
            steps.Add(new ChartPoint(At(last.Date.AddDays(7)), last.CumulativeSupply, last.CumulativeDemand, last.Available ?? 0));
        }
        var atp = steps.Where((_, i) => i < profile.Points.Count ? profile.Points[i].Available is not null : profile.Points[^1].Available is not null).ToList();
        var top = steps.Count == 0 ? 1 : Math.Max(1, steps.Max(s => Math.Max(s.Supply, s.Demand)));
        return (steps, atp, Mark(profile.Today, top), profile.ReplenishmentDate is { } rlt ? Mark(rlt, top) : []);
    }

    private static List<ChartPoint> Mark(DateOnly date, decimal top) => [new(At(date), 0, 0, 0), new(At(date), top, 0, 0)];

    private static DateTime At(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
