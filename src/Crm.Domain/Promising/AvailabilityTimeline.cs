namespace Crm.Domain.Promising;

/// <summary>
/// Cumulative available-to-promise for one product at one plant:
/// ATP(d) = max(0, min over t in [d, RLT date) of (supply up to t − demand up to t)),
/// unlimited from the RLT date on. A step function that never decreases with d.
/// </summary>
public sealed class AvailabilityTimeline
{
    public const decimal Unlimited = decimal.MaxValue;

    private readonly DateOnly[] _dates;
    private readonly decimal[] _atp;

    private AvailabilityTimeline(DateOnly today, DateOnly? replenishmentDate, DateOnly[] dates, decimal[] atp)
    {
        Today = today;
        ReplenishmentDate = replenishmentDate;
        _dates = dates;
        _atp = atp;
    }

    public DateOnly Today { get; }

    /// <summary>From this date on the ERP can make or buy anything asked for; null when the item has no RLT.</summary>
    public DateOnly? ReplenishmentDate { get; }

    public static AvailabilityTimeline Build(
        DateOnly today, IEnumerable<SupplyEvent> supply, IEnumerable<DemandEvent> demand, DateOnly? replenishmentDate)
    {
        // Past-dated supply and demand count today.
        var deltas = new SortedDictionary<DateOnly, decimal> { [today] = 0m };
        foreach (var s in supply) Add(deltas, Clamp(s.Date, today), s.Quantity);
        foreach (var d in demand) Add(deltas, Clamp(d.Date, today), -d.Quantity);

        var dates = new List<DateOnly>(deltas.Count);
        var cumulative = new List<decimal>(deltas.Count);
        var running = 0m;
        foreach (var (date, delta) in deltas)
        {
            // Beyond the RLT date every request is confirmable, so later dates constrain nothing.
            if (replenishmentDate is { } rlt && date >= rlt) break;
            running += delta;
            dates.Add(date);
            cumulative.Add(running);
        }

        var atp = new decimal[dates.Count];
        var suffixMin = decimal.MaxValue;
        for (var i = dates.Count - 1; i >= 0; i--)
        {
            suffixMin = Math.Min(suffixMin, cumulative[i]);
            atp[i] = Math.Max(0m, suffixMin);
        }
        return new AvailabilityTimeline(today, replenishmentDate, [.. dates], atp);
    }

    /// <summary>ATP on a date: what a new commitment on that date may take without breaking any other.</summary>
    public decimal AvailableOn(DateOnly date)
    {
        if (ReplenishmentDate is { } rlt && date >= rlt) return Unlimited;
        if (_dates.Length == 0) return 0m;
        var index = Array.BinarySearch(_dates, Clamp(date, Today));
        if (index < 0) index = ~index - 1;
        return _atp[Math.Max(index, 0)];
    }

    /// <summary>The dates after <paramref name="date"/> on which ATP rises, ending with the RLT date when there is one.</summary>
    public IEnumerable<DateOnly> RisesAfter(DateOnly date)
    {
        var previous = AvailableOn(date);
        foreach (var (d, atp) in _dates.Zip(_atp))
        {
            if (d <= date || atp <= previous) continue;
            previous = atp;
            yield return d;
        }
        if (ReplenishmentDate is { } rlt && rlt > date) yield return rlt;
    }

    private static DateOnly Clamp(DateOnly date, DateOnly today) => date < today ? today : date;

    private static void Add(SortedDictionary<DateOnly, decimal> deltas, DateOnly date, decimal quantity) =>
        deltas[date] = deltas.GetValueOrDefault(date) + quantity;
}
