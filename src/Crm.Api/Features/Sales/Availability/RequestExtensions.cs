using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Api.Features.Sales.Availability;

internal static class RequestExtensions
{
    // Required fields are checked by validation before a handler runs; a null among the lines is not.
    public static IReadOnlyList<RequestedLine> ToRequestedLines(this AvailabilityRequest request) =>
        [.. request.Lines!.NoNulls("lines").Select(l => new RequestedLine(l.ItemNumber!, l.Plant, l.Quantity!.Value, l.CompleteDelivery, l.RequestedDeliveryDate))];

    public static ProductKey Key(this LineRequest line) => new(line.ItemNumber, line.Plant);
}
