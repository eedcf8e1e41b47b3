using Crm.Contracts;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Sales.Availability;

/// <summary>One line of a promise to explain: its product and its schedule lines.</summary>
public sealed record LineToExplain(ProductKey Product, IReadOnlyList<ScheduleLineResponse> ScheduleLines);

/// <summary>Says which supply covers every schedule line and how fresh the ERP data behind it is.</summary>
public sealed class PromiseExplainer(ISupplyFreshness freshness)
{
    /// <param name="products">Supply and demand without the lines being explained.</param>
    /// <returns>Each line's schedule lines with their coverage, in the order given.</returns>
    public IReadOnlyList<IReadOnlyList<ScheduleLineResponse>> Explain(
        IReadOnlyList<LineToExplain> lines, IReadOnlyDictionary<ProductKey, ProductAvailability> products, DateOnly today)
    {
        var explained = lines.Select(l => l.ScheduleLines).ToArray();
        // Lines of one product are explained together, in line order, as they were promised.
        foreach (var group in lines.Select((line, index) => (line, index)).GroupBy(x => x.line.Product))
        {
            var commitments = group.SelectMany(x => x.line.ScheduleLines)
                .Select(s => new ScheduleLinePromise(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))
                .ToList();
            var coverage = Pegging.Explain(products[group.Key], today, commitments);
            var next = 0;
            foreach (var (line, index) in group)
            {
                explained[index] = [.. line.ScheduleLines.Select(s => s with { CoveredBy = [.. coverage[next++].Select(ToResponse)] })];
            }
        }
        return explained;
    }

    public Task<IReadOnlyList<SourceFreshness>> FreshnessAsync(CancellationToken ct) => freshness.SourcesAsync(ct);

    public static CoverageResponse ToResponse(Coverage c) => new(c.Source.Kind.ToString(), c.Source.Reference, c.AvailableOn, c.Quantity);
}
