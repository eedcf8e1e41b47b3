namespace Crm.Domain.Promising;

/// <summary>One step of a product's availability: what has arrived and what is committed up to a date, and what a new
/// commitment on that date may still take (null from the RLT date on, when anything asked for can be made or bought).</summary>
public sealed record AtpPoint(DateOnly Date, decimal CumulativeSupply, decimal CumulativeDemand, decimal? Available);

/// <summary>A product's availability over time as step lines, for people to read: the same timeline the engine
/// promises from, with a point wherever supply or demand changes.</summary>
public sealed record AtpProfile(DateOnly Today, DateOnly? ReplenishmentDate, IReadOnlyList<AtpPoint> Points)
{
    public static AtpProfile Of(ProductAvailability product, DateOnly today)
    {
        var timeline = PromisingEngine.TimelineFor(product, today);
        var changes = product.Supply.Select(s => (Date: Later(s.Date, today), Supply: s.Quantity, Demand: 0m))
            .Concat(product.Demand.Select(d => (Date: Later(d.Date, today), Supply: 0m, Demand: d.Quantity)))
            .Append((Date: today, Supply: 0m, Demand: 0m));
        if (timeline.ReplenishmentDate is { } rlt) changes = changes.Append((Date: rlt, Supply: 0m, Demand: 0m));

        var points = new List<AtpPoint>();
        decimal supply = 0, demand = 0;
        foreach (var day in changes.GroupBy(c => c.Date).OrderBy(g => g.Key))
        {
            supply += day.Sum(c => c.Supply);
            demand += day.Sum(c => c.Demand);
            var available = timeline.AvailableOn(day.Key);
            points.Add(new AtpPoint(day.Key, supply, demand, available == AvailabilityTimeline.Unlimited ? null : available));
        }
        return new AtpProfile(today, timeline.ReplenishmentDate, points);
    }

    private static DateOnly Later(DateOnly date, DateOnly today) => date < today ? today : date;
}
