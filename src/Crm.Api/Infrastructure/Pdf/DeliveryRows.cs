using System.Globalization;

namespace Crm.Api.Infrastructure.Pdf;

/// <summary>A line's dates as a customer reads them in a document: one date when it all comes at once, a row per
/// delivery when it comes in parts, and plainly what has no date.</summary>
public static class DeliveryRows
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Of(decimal quantity, IEnumerable<(decimal Quantity, DateOnly DeliveryDate)> deliveries, string noDate)
    {
        var parts = deliveries.OrderBy(d => d.DeliveryDate).ToList();
        var open = quantity - parts.Sum(p => p.Quantity);
        if (parts.Count == 0) return [noDate];
        if (parts.Count == 1 && open <= 0) return [parts[0].DeliveryDate.ToString("yyyy-MM-dd", Invariant)];
        var rows = parts.Select(p => $"{p.Quantity.ToString("0.####", Invariant)} on {p.DeliveryDate:yyyy-MM-dd}").ToList();
        if (open > 0) rows.Add($"{open.ToString("0.####", Invariant)} {noDate}");
        return rows;
    }
}
