using System.Buffers;

namespace Crm.Domain.Promising;

/// <summary>
/// Cumulative available-to-promise for one product at one plant:
/// ATP(d) = max(0, min over t in [d, RLT date) of (supply up to t − demand up to t)),
/// unlimited from the RLT date on. A step function that never decreases with d.
/// </summary>
public sealed class AvailabilityTimeline
{
    public const decimal Unlimited = decimal.MaxValue;

    // Breakpoints before the RLT date, ascending; the first is today. Cumulative is supply minus demand up to each.
    private readonly DateOnly[] _dates;
    private readonly decimal[] _cumulative;
    private readonly decimal[] _atp;

    private AvailabilityTimeline(DateOnly today, DateOnly? replenishmentDate, DateOnly[] dates, decimal[] cumulative)
    {
        Today = today;
        ReplenishmentDate = replenishmentDate;
        _dates = dates;
        _cumulative = cumulative;
        _atp = new decimal[dates.Length];
        var suffixMin = decimal.MaxValue;
        for (var i = dates.Length - 1; i >= 0; i--)
        {
            suffixMin = Math.Min(suffixMin, cumulative[i]);
            _atp[i] = Math.Max(0m, suffixMin);
        }
    }

    public DateOnly Today { get; }

    /// <summary>From this date on the ERP can make or buy anything asked for; null when the item has no RLT.</summary>
    public DateOnly? ReplenishmentDate { get; }

    public static AvailabilityTimeline Build(
        DateOnly today, IReadOnlyList<SupplyEvent> supply, IReadOnlyList<DemandEvent> demand, DateOnly? replenishmentDate)
    {
        supply = InDateOrder(supply, static s => s.Date);
        demand = InDateOrder(demand, static d => d.Date);
        var first = today.DayNumber;
        var end = replenishmentDate?.DayNumber ?? int.MaxValue;

        // One pass over both date-ordered sides (past dates count today); today is always the first breakpoint.
        var capacity = supply.Count + demand.Count + 1;
        var dates = ArrayPool<int>.Shared.Rent(capacity);
        var cumulative = ArrayPool<decimal>.Shared.Rent(capacity);
        try
        {
            dates[0] = first;
            cumulative[0] = 0m;
            var count = 1;
            var running = 0m;
            for (int s = 0, d = 0; s < supply.Count || d < demand.Count;)
            {
                var supplyDay = s < supply.Count ? Math.Max(supply[s].Date.DayNumber, first) : int.MaxValue;
                var demandDay = d < demand.Count ? Math.Max(demand[d].Date.DayNumber, first) : int.MaxValue;
                var day = Math.Min(supplyDay, demandDay);
                // From the RLT date on every request is confirmable, so later dates constrain nothing.
                if (day >= end) break;
                running += supplyDay <= demandDay ? supply[s++].Quantity : -demand[d++].Quantity;
                if (dates[count - 1] != day) dates[count++] = day;
                cumulative[count - 1] = running;
            }
            var breakpoints = new DateOnly[count];
            for (var i = 0; i < count; i++) breakpoints[i] = DateOnly.FromDayNumber(dates[i]);
            return new AvailabilityTimeline(today, replenishmentDate, breakpoints, cumulative.AsSpan(0, count).ToArray());
        }
        finally
        {
            ArrayPool<int>.Shared.Return(dates);
            ArrayPool<decimal>.Shared.Return(cumulative);
        }
    }

    /// <summary>Events read from the database arrive in date order already; only others are sorted (a copy).</summary>
    private static IReadOnlyList<T> InDateOrder<T>(IReadOnlyList<T> events, Func<T, DateOnly> date)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (date(events[i - 1]) <= date(events[i])) continue;
            var days = new int[events.Count];
            var sorted = new T[events.Count];
            for (var j = 0; j < sorted.Length; j++)
            {
                sorted[j] = events[j];
                days[j] = date(sorted[j]).DayNumber;
            }
            Array.Sort(days, sorted);
            return sorted;
        }
        return events;
    }

    /// <summary>The same timeline once these commitments are made as well.</summary>
    public AvailabilityTimeline WithDemand(IEnumerable<DemandEvent> demand)
    {
        var dates = new List<DateOnly>(_dates);
        var cumulative = new List<decimal>(_cumulative);
        foreach (var d in demand)
        {
            var date = Clamp(d.Date, Today);
            if (ReplenishmentDate is { } rlt && date >= rlt) continue;
            var index = dates.BinarySearch(date);
            if (index < 0)
            {
                // Today is always the first breakpoint and date >= today, so there is a breakpoint before it.
                index = ~index;
                dates.Insert(index, date);
                cumulative.Insert(index, cumulative[index - 1]);
            }
            for (var i = index; i < cumulative.Count; i++) cumulative[i] -= d.Quantity;
        }
        return new AvailabilityTimeline(Today, ReplenishmentDate, [.. dates], [.. cumulative]);
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
        for (var i = 0; i < _dates.Length; i++)
        {
            if (_dates[i] <= date || _atp[i] <= previous) continue;
            previous = _atp[i];
            yield return _dates[i];
        }
        if (ReplenishmentDate is { } rlt && rlt > date) yield return rlt;
    }

    private static DateOnly Clamp(DateOnly date, DateOnly today) => date < today ? today : date;
}
