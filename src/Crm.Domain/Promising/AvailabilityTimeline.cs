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
        var (supplyDays, supplyQuantities) = Sorted(supply.Count, i => supply[i].Date, i => supply[i].Quantity, today);
        var (demandDays, demandQuantities) = Sorted(demand.Count, i => demand[i].Date, i => demand[i].Quantity, today);
        var end = replenishmentDate?.DayNumber ?? int.MaxValue;

        // One pass over both date-ordered sides; today is always the first breakpoint.
        var dates = new DateOnly[supplyDays.Length + demandDays.Length + 1];
        var cumulative = new decimal[dates.Length];
        dates[0] = today;
        var count = 1;
        var running = 0m;
        for (int s = 0, d = 0; s < supplyDays.Length || d < demandDays.Length;)
        {
            var takeSupply = d == demandDays.Length || (s < supplyDays.Length && supplyDays[s] <= demandDays[d]);
            var day = takeSupply ? supplyDays[s] : demandDays[d];
            // From the RLT date on every request is confirmable, so later dates constrain nothing.
            if (day >= end) break;
            running += takeSupply ? supplyQuantities[s++] : -demandQuantities[d++];
            if (dates[count - 1].DayNumber != day) dates[count++] = DateOnly.FromDayNumber(day);
            cumulative[count - 1] = running;
        }
        Array.Resize(ref dates, count);
        Array.Resize(ref cumulative, count);
        return new AvailabilityTimeline(today, replenishmentDate, dates, cumulative);
    }

    /// <summary>Day numbers (past dates count today) and quantities in date order. Events read from the database
    /// arrive in date order already, so the sort is skipped then.</summary>
    private static (int[] Days, decimal[] Quantities) Sorted(int count, Func<int, DateOnly> date, Func<int, decimal> quantity, DateOnly today)
    {
        var days = new int[count];
        var quantities = new decimal[count];
        var ordered = true;
        for (var i = 0; i < count; i++)
        {
            days[i] = Math.Max(date(i).DayNumber, today.DayNumber);
            quantities[i] = quantity(i);
            ordered &= i == 0 || days[i - 1] <= days[i];
        }
        if (!ordered) Array.Sort(days, quantities);
        return (days, quantities);
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
