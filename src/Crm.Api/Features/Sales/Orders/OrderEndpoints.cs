using System.Security.Claims;
using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Domain.Sales;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Sales.Orders;

public static class OrderEndpoints
{
    /// <summary>An order change answers with the order as it now stands.</summary>
    private static void MapChange(RouteGroupBuilder orders, string pattern, string summary, Delegate change) =>
        orders.MapPost(pattern, change)
            .ValidateContracts()
            .AddEndpointFilter(async (context, next) =>
            {
                await next(context);
                var id = (long)context.Arguments[0]!;
                return await context.HttpContext.RequestServices.GetRequiredService<OrderQueries>()
                    .GetAsync(id, explain: false, context.HttpContext.RequestAborted);
            })
            .WithSummary(summary)
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static void MapOrders(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Sales orders");

        orders.MapPost("/", async (
                AvailabilityRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                ClaimsPrincipal user, CreateOrder handler, CancellationToken ct) =>
            {
                var (order, created) = await handler.HandleAsync(request, idempotencyKey, user.Identity!.Name!, ct);
                return created ? Results.Created($"/api/orders/{order.Id}", order) : Results.Ok(order);
            })
            .WithSummary("Direct order entry: a draft order. A repeated Idempotency-Key returns the first order.")
            .Produces<OrderCreatedResponse>(StatusCodes.Status201Created)
            .Produces<OrderCreatedResponse>()
            .ProducesValidationProblem();

        orders.MapPost("/{id:long}/confirm", (long id, ConfirmOrder handler, CancellationToken ct) => handler.HandleAsync(id, ct))
            .WithSummary("Checks availability and reserves it in one transaction; the ERP gets the order through the outbox.")
            .RequireRateLimiting(ConfirmationLimit.Policy)
            .Produces<ConfirmOrderResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        orders.MapGet("/{id:long}", (long id, bool? explain, OrderQueries queries, CancellationToken ct) => queries.GetAsync(id, explain ?? false, ct))
            .WithSummary("The order with its lines and schedule lines; explain=true adds the supply covering each schedule line.")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapPost("/{id:long}/lines/{lineNumber:int}/manual-promise", (
                long id, int lineNumber, ManualPromiseRequest request, ClaimsPrincipal user, PromiseByHand handler, CancellationToken ct) =>
                handler.HandleAsync(id, lineNumber, request, user.Identity!.Name!, ct))
            .RequireAuthorization(p => p.RequireRole(Roles.OrderDesk, Roles.Manager))
            .WithSummary("The order desk sets a line's promise by hand, with a reason; it counts as demand and is recorded.")
            .Produces<PromiseChangeResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapChange(orders, "/{id:long}/cancel", "Cancels the order and frees everything it had committed.",
            (long id, CancelRequest request, ClaimsPrincipal user, ChangeOrder change, CancellationToken ct) =>
                change.CancelAsync(id, request.Reason, user.Identity!.Name!, ct));
        MapChange(orders, "/{id:long}/lines/{lineNumber:int}/cancel", "Cancels one line and frees what it had committed.",
            (long id, int lineNumber, CancelRequest request, ClaimsPrincipal user, ChangeOrder change, CancellationToken ct) =>
                change.CancelLineAsync(id, lineNumber, request.Reason, user.Identity!.Name!, ct));
        MapChange(orders, "/{id:long}/lines/{lineNumber:int}/quantity",
            "Less frees the latest commitments; more is promised on top (a whole line or ship-complete order is promised again).",
            (long id, int lineNumber, QuantityChangeRequest request, ClaimsPrincipal user, ChangeOrder change, CancellationToken ct) =>
                change.ChangeQuantityAsync(id, lineNumber, request.Quantity!.Value, request.Reason, user.Identity!.Name!, ct));
        MapChange(orders, "/{id:long}/requested-delivery-date", "A new requested delivery date: the order's lines are promised again.",
            (long id, RequestedDateChangeRequest request, ClaimsPrincipal user, ChangeOrder change, CancellationToken ct) =>
                change.ChangeRequestedDateAsync(id, request.RequestedDeliveryDate, request.Reason, user.Identity!.Name!, ct));

        orders.MapPost("/provisional/recheck", (RecheckProvisionalOrders job, CancellationToken ct) => job.RunAsync(ct))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithSummary("Confirms provisional orders now, oldest first, if the ERP answers; returns how many were confirmed.")
            .Produces<int>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        orders.MapGet("/{id:long}/promise-changes", (long id, PromiseByHand handler, CancellationToken ct) => handler.HistoryAsync(id, ct))
            .WithSummary("Every change made to the order's promises: who, when, why, before and after.")
            .Produces<IReadOnlyList<PromiseChangeResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapGet("/", (string? customerNumber, SalesOrderStatus? status, string? sort, int? page, int? pageSize,
                OrderQueries queries, CancellationToken ct) => queries.ListAsync(customerNumber, status, sort, page, pageSize, ct))
            .WithSummary("Orders, newest first; filter by customer and status, sort by number, created, customer or delivery.")
            .Produces<PagedResult<OrderSummary>>()
            .ProducesValidationProblem();
    }
}
