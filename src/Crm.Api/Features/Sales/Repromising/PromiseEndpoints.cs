using System.Security.Claims;
using Crm.Api.Contracts;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Sales.Repromising;

public static class PromiseEndpoints
{
    public static void MapPromises(this IEndpointRouteBuilder app)
    {
        var promises = app.MapGroup("/api/promises").WithTags("Promises");

        promises.MapGet("/at-risk", (string? customer, string? item, int? page, int? pageSize, ClaimsPrincipal user, AtRiskQueries queries, CancellationToken ct) =>
                queries.ListAsync(user, customer, item, page, pageSize, ct))
            .WithSummary("Lines whose promise moved later or shrank, and lines not confirmed in full: a rep's own orders, all for the order desk and managers; optionally of one customer (customer number) or one item (item number).")
            .Produces<PagedResult<AtRiskLineResponse>>()
            .ProducesValidationProblem();

        promises.MapPost("/backorders/run", (ProcessBackorders job, CancellationToken ct) => job.RunAsync(ct))
            .RequireAuthorization(p => p.RequireRole(Roles.OrderDesk, Roles.Manager, Roles.Admin, Roles.Integration))
            .WithSummary("Promises the open orders of every queued product again now (supply changed, commitments released).")
            .Produces<BackorderRunResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapPost("/api/orders/{id:long}/lines/{lineNumber:int}/acknowledge-risk",
                async Task<IResult> (long id, int lineNumber, ClaimsPrincipal user, AcknowledgeRisk acknowledge, OrderQueries orders, CancellationToken ct) =>
                    await acknowledge.HandleAsync(id, lineNumber, user, ct)
                        ? TypedResults.Ok(await orders.GetAsync(id, explain: false, ct))
                        : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another rep's order",
                            detail: "Only the rep who took the order, the order desk or a manager can say the customer was told."))
            .WithTags("Sales orders")
            .WithSummary("The customer has been told about the moved promise: the line leaves the at-risk list (a short line stays on it).")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
