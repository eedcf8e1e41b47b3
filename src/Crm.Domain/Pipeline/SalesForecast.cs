namespace Crm.Domain.Pipeline;

/// <summary>The month's forecast per owner, and how well past probabilities predicted outcomes.</summary>
public static class SalesForecast
{
    /// <summary>Probability bands of calibration, in percent.</summary>
    public static readonly IReadOnlyList<(int From, int To)> Bands = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)];

    public static IReadOnlyList<ForecastLine> ForMonth(
        IEnumerable<ForecastDeal> deals, int year, int month, IReadOnlyDictionary<string, decimal> quotas)
    {
        bool InMonth(DateOnly? day) => day is { } d && d.Year == year && d.Month == month;
        var lines = deals
            .Where(d => d.Status == OpportunityStatus.Open ? InMonth(d.ExpectedCloseDate) : d.Status == OpportunityStatus.Won && InMonth(d.ClosedOn))
            .GroupBy(d => d.Owner, StringComparer.OrdinalIgnoreCase)
            .Select(owner =>
            {
                var open = owner.Where(d => d.Status == OpportunityStatus.Open).ToList();
                return new ForecastLine(
                    owner.Key,
                    open.Count,
                    open.Sum(d => d.Amount),
                    Math.Round(open.Sum(d => d.Amount * d.Probability / 100m), 2, MidpointRounding.AwayFromZero),
                    open.Where(d => d.Category is ForecastCategory.BestCase or ForecastCategory.Commit).Sum(d => d.Amount),
                    open.Where(d => d.Category == ForecastCategory.Commit).Sum(d => d.Amount),
                    owner.Where(d => d.Status == OpportunityStatus.Won).Sum(d => d.Amount),
                    quotas.TryGetValue(owner.Key, out var quota) ? quota : null);
            })
            .ToDictionary(l => l.Owner, StringComparer.OrdinalIgnoreCase);
        // An owner with a quota and nothing in the month still has a line: a gap to show.
        foreach (var (owner, quota) in quotas)
            lines.TryAdd(owner, new ForecastLine(owner, 0, 0, 0, 0, 0, 0, quota));
        return [.. lines.Values.OrderBy(l => l.Owner, StringComparer.OrdinalIgnoreCase)];
    }

    public static IReadOnlyList<CalibrationBand> Calibrate(IEnumerable<ForecastDeal> deals)
    {
        var closed = deals.Where(d => d.Status != OpportunityStatus.Open && d.ProbabilityBeforeClose is not null).ToList();
        return [.. Bands.Select(b =>
        {
            var inBand = closed.Where(d => d.ProbabilityBeforeClose >= b.From && d.ProbabilityBeforeClose <= b.To).ToList();
            return new CalibrationBand(b.From, b.To, inBand.Count, inBand.Count(d => d.Status == OpportunityStatus.Won));
        })];
    }
}
