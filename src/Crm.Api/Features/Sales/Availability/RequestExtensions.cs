using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Sales.Availability;

internal static class RequestExtensions
{
    // Required fields are checked by validation before a handler runs; a null among the lines is not.
    public static IReadOnlyList<RequestedLine> ToRequestedLines(this AvailabilityRequest request) =>
        [.. request.Lines!.NoNulls("lines").Select(l => new RequestedLine(l.ItemNumber!, l.Plant, l.Quantity!.Value, l.CompleteDelivery))];

    /// <summary>The list's elements, or a field error naming each one that is null.</summary>
    public static IReadOnlyList<T> NoNulls<T>(this IReadOnlyList<T?> items, string field) where T : class
    {
        var missing = Enumerable.Range(0, items.Count).Where(i => items[i] is null).ToList();
        if (missing.Count > 0)
            throw new RequestValidationException(missing.ToDictionary(i => $"{field}[{i}]", _ => new[] { "An element is required here, not null." }));
        return items!;
    }

    public static ProductKey Key(this LineRequest line) => new(line.ItemNumber, line.Plant);
}
