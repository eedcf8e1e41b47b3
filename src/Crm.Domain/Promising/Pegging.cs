namespace Crm.Domain.Promising;

/// <summary>A part of a commitment and the supply that covers it.</summary>
public sealed record Coverage(SupplySource Source, DateOnly AvailableOn, decimal Quantity);

/// <summary>
/// Explains commitments by pegging demand to supply first-in, first-out in date order: every commitment takes the
/// earliest supply still free that arrives by its date. Commitments already given come before new ones of the same date, so a new
/// commitment is explained by what is left for it. What no ERP document covers is covered by the replenishment
/// lead time.
/// </summary>
public static class Pegging
{
    /// <param name="commitments">The new commitments of one product, in line order.</param>
    /// <returns>For each commitment, the supply that covers it.</returns>
    public static IReadOnlyList<IReadOnlyList<Coverage>> Explain(
        ProductAvailability product, DateOnly today, IReadOnlyList<ScheduleLinePromise> commitments)
    {
        var supply = product.Supply
            .Select(s => (Date: Later(s.Date, today), s.Quantity, s.Source))
            .OrderBy(s => s.Date)
            .ToList();
        var free = supply.Select(s => s.Quantity).ToArray();
        var demand = product.Demand.Select(d => (Date: Later(d.Date, today), d.Quantity, Commitment: -1))
            .Concat(commitments.Select((c, i) => (Date: c.MaterialAvailabilityDate, c.Quantity, Commitment: i)))
            .OrderBy(d => d.Date)
            .ThenBy(d => d.Commitment);

        var explained = commitments.Select(_ => new List<Coverage>()).ToArray();
        var next = 0;
        foreach (var (date, quantity, commitment) in demand)
        {
            var needed = quantity;
            // Supply that arrives after the commitment's date cannot cover it: that part rests on the lead time.
            while (needed > 0 && next < supply.Count && supply[next].Date <= date)
            {
                var taken = Math.Min(needed, free[next]);
                if (commitment >= 0) Add(explained[commitment], new Coverage(supply[next].Source, supply[next].Date, taken));
                free[next] -= taken;
                needed -= taken;
                if (free[next] == 0) next++;
            }
            if (needed > 0 && commitment >= 0) Add(explained[commitment], new Coverage(SupplySource.Replenishment, date, needed));
        }
        return explained;
    }

    private static void Add(List<Coverage> coverages, Coverage coverage)
    {
        if (coverages.Count > 0 && coverages[^1].Source == coverage.Source && coverages[^1].AvailableOn == coverage.AvailableOn)
            coverages[^1] = coverages[^1] with { Quantity = coverages[^1].Quantity + coverage.Quantity };
        else coverages.Add(coverage);
    }

    private static DateOnly Later(DateOnly date, DateOnly today) => date < today ? today : date;
}
