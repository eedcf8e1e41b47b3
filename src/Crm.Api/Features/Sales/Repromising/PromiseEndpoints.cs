using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Sales.Repromising;

public sealed class PromiseEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var promises = app.MapGroup("/api/promises").WithTags("Promises");

        promises.MapGet("/at-risk", async Task<Ok<PagedResult<AtRiskLineResponse>>> (
                string? customer, string? item, int? page, int? pageSize, Viewer viewer, AtRiskQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(viewer, customer, item, page, pageSize, ct)))
            .WithSummary("Lines whose promise moved later or shrank, and lines not confirmed in full: the orders of the user's teams (all for the order desk); optionally of one customer (customer number) or one item (item number).")
            .ProducesValidationProblem();

        promises.MapPost("/backorders/run", async Task<Ok<BackorderRunResponse>> (ProcessBackorders job, CancellationToken ct) =>
                TypedResults.Ok(await job.RunAsync(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.OrderDesk, Roles.Manager, Roles.Admin, Roles.Integration))
            .WithSummary("Promises the open orders of every queued product again now (supply changed, commitments released).")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapPost("/api/orders/{id:long}/lines/{lineNumber:int}/acknowledge-risk", async Task<Ok<OrderResponse>> (
                long id, int lineNumber, AcknowledgeRisk acknowledge, OrderQueries orders, CancellationToken ct) =>
            {
                await acknowledge.HandleAsync(id, lineNumber, ct);
                return TypedResults.Ok(await orders.GetAsync(id, explain: false, ct));
            })
            .OnlyVisibleOrders()
            .WithTags("Sales orders")
            .WithSummary("The customer has been told about the moved promise: the line leaves the at-risk list (a short line stays on it).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
