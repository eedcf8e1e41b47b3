using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Sales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Sales.Orders;

public sealed class OrderEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Sales orders").OnlyVisibleOrders();

        orders.MapPost("/", async Task<Results<Created<OrderCreatedResponse>, Ok<OrderCreatedResponse>>> (
                AvailabilityRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                Viewer viewer, CreateOrder handler, CancellationToken ct) =>
            {
                var (order, created) = await handler.HandleAsync(request, idempotencyKey, viewer, ct);
                return created ? TypedResults.Created($"/api/orders/{order.Id}", order) : TypedResults.Ok(order);
            })
            .WithSummary("Direct order entry: a draft order. A repeated Idempotency-Key returns the first order.")
            .ProducesValidationProblem();

        orders.MapPost("/{id:long}/confirm", async Task<Ok<ConfirmOrderResponse>> (long id, ClaimsPrincipal user, ConfirmOrder handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, ct, user.Identity!.Name)))
            .WithSummary("Checks availability and reserves it in one transaction; the ERP gets the order through the outbox. Over the customer's credit limit the order is promised but held (CreditHold) until a manager releases it.")
            .ProducesValidationProblem()
            .RequireRateLimiting(ConfirmationLimit.Policy)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        orders.MapGet("/{id:long}", async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> (
                long id, bool? explain, OrderQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, explain ?? false, ct) is { } order ? TypedResults.Ok(order) : Problems.NotFound("Sales order", id))
            .WithSummary("The order with its lines and schedule lines; explain=true adds the supply covering each schedule line.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapPost("/{id:long}/lines/{lineNumber:int}/manual-promise", async Task<Ok<PromiseChangeResponse>> (
                long id, int lineNumber, ManualPromiseRequest request, ClaimsPrincipal user, PromiseByHand handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, lineNumber, request, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(OrderPermissions.PromiseByHand))
            .WithSummary("The order desk sets a line's promise by hand, with a reason; it counts as demand and is recorded.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapChange(orders, "/{id:long}/cancel", "Cancels the order and frees everything it had committed.",
            (long id, CancelRequest request, ClaimsPrincipal user, ChangeOrder change, OrderQueries queries, CancellationToken ct) =>
                Answer(id, change.CancelAsync(id, request.Reason, user.Identity!.Name!, ct), queries, ct));
        MapChange(orders, "/{id:long}/lines/{lineNumber:int}/cancel", "Cancels one line and frees what it had committed.",
            (long id, int lineNumber, CancelRequest request, ClaimsPrincipal user, ChangeOrder change, OrderQueries queries, CancellationToken ct) =>
                Answer(id, change.CancelLineAsync(id, lineNumber, request.Reason, user.Identity!.Name!, ct), queries, ct));
        MapChange(orders, "/{id:long}/lines/{lineNumber:int}/quantity",
            "Less frees the latest commitments; more is promised on top (a whole line or ship-complete order is promised again).",
            (long id, int lineNumber, QuantityChangeRequest request, ClaimsPrincipal user, ChangeOrder change, OrderQueries queries, CancellationToken ct) =>
                Answer(id, change.ChangeQuantityAsync(id, lineNumber, request.Quantity!.Value, request.Reason, user.Identity!.Name!, ct), queries, ct));
        MapChange(orders, "/{id:long}/requested-delivery-date", "A new requested delivery date: the order's lines are promised again.",
            (long id, RequestedDateChangeRequest request, ClaimsPrincipal user, ChangeOrder change, OrderQueries queries, CancellationToken ct) =>
                Answer(id, change.ChangeRequestedDateAsync(id, request.RequestedDeliveryDate, request.Reason, user.Identity!.Name!, ct), queries, ct));

        orders.MapPost("/{id:long}/release-credit-hold", async Task<Ok<OrderResponse>> (
                long id, CreditReleaseRequest? request, ClaimsPrincipal user, ReleaseCreditHold release, OrderQueries queries, CancellationToken ct) =>
            {
                await release.HandleAsync(id, request?.Reason, user.Identity!.Name!, ct);
                return TypedResults.Ok(await queries.GetAsync(id, explain: false, ct));
            })
            .RequireAuthorization(p => p.RequireRole(OrderPermissions.ReleaseCreditHold))
            .ValidateContracts()
            .WithSummary("A manager of the team releases an order on credit hold: it is confirmed as promised and reaches the ERP once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapChange(orders, "/{id:long}/purchase-order-number", "The customer's purchase order number, given or corrected until the order goes to the ERP.",
            (long id, PurchaseOrderNumberRequest request, SetPurchaseOrderNumber handler, OrderQueries queries, CancellationToken ct) =>
                Answer(id, handler.HandleAsync(id, request.PurchaseOrderNumber, ct), queries, ct));

        orders.MapPost("/provisional/recheck", async Task<Ok<int>> (RecheckProvisionalOrders job, CancellationToken ct) =>
                TypedResults.Ok(await job.RunAsync(ct)))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithSummary("Confirms provisional orders now, oldest first, if the ERP answers; returns how many were confirmed.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        orders.MapGet("/{id:long}/promise-changes", async Task<Ok<IReadOnlyList<PromiseChangeResponse>>> (
                long id, PromiseByHand handler, CancellationToken ct) => TypedResults.Ok(await handler.HistoryAsync(id, ct)))
            .WithSummary("Every change made to the order's promises: who, when, why, before and after.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapGet("/", async Task<Ok<PagedResult<OrderSummary>>> (string? customerNumber, SalesOrderStatus? status, string? search, string? sort, int? page, int? pageSize,
                Viewer viewer, OrderQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(customerNumber, status, search, sort, viewer, page, pageSize, ct)))
            .WithSummary("The orders of the user's teams, newest first; filter by customer, status and search text (order number, customer number, name or city), sort by number, created, customer or delivery.")
            .ProducesValidationProblem();
    }

    /// <summary>An order change answers with the order as it now stands.</summary>
    private static void MapChange(RouteGroupBuilder orders, string pattern, string summary, Delegate change) =>
        orders.MapPost(pattern, change)
            .ValidateContracts()
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> Answer(long id, Task change, OrderQueries queries, CancellationToken ct)
    {
        await change;
        return TypedResults.Ok(await queries.GetAsync(id, explain: false, ct));
    }
}
