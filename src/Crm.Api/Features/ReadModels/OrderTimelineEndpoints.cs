using Crm.Contracts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.ReadModels;

/// <summary>The order's timeline: a read across Sales and the ERP's outbox, behind the orders' own visibility guard.</summary>
public sealed class OrderTimelineEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/orders").WithTags("Sales orders").OnlyVisibleOrders()
            .MapGet("/{id:long}/timeline", async Task<Ok<IReadOnlyList<TimelineEntry>>> (long id, OrderTimeline timeline, CancellationToken ct) =>
                TypedResults.Ok(await timeline.ForAsync(id, ct)))
            .WithSummary("The order's story in time: created, confirmed, held and released, sent to the ERP, moved promises, deliveries with tracking, invoices and payments.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
