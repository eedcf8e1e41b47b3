using Crm.Api.Contracts;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Atp;

internal static class RequestExtensions
{
    // Required fields are checked by validation before a handler runs.
    public static IReadOnlyList<RequestedLine> ToRequestedLines(this AvailabilityRequest request) =>
        [.. request.Lines!.Select(l => new RequestedLine(l.ItemNumber!, l.Plant, l.Quantity!.Value, l.CompleteDelivery))];

    public static ProductKey Key(this LineRequest line) => new(line.ItemNumber, line.Plant);
}
