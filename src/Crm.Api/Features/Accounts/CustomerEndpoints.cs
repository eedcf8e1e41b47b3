using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Accounts;

/// <summary>Customers as synced from the ERP, with the fields the CRM owns.</summary>
public sealed class CustomerEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/customers").WithTags("Customers");

        customers.MapGet("/", async Task<Ok<PagedResult<CustomerSummary>>> (string? search, int? page, int? pageSize, CustomerQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, page, pageSize, ct)))
            .WithSummary("Customers by name; search finds number, name or city, ignoring case and accents.")
            .ProducesValidationProblem();

        customers.MapGet("/{customerNumber}", async Task<Results<Ok<CustomerSummary>, ProblemHttpResult>> (
                string customerNumber, CustomerQueries queries, CancellationToken ct) =>
                await queries.GetAsync(customerNumber, ct) is { } customer ? TypedResults.Ok(customer) : Problems.NotFound("Customer", customerNumber))
            .WithSummary("One customer.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapPut("/{customerNumber}/receiving-days", async Task<Ok<CustomerSummary>> (
                string customerNumber, ReceivingDaysRequest request, SetReceivingDays handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(customerNumber, request, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.OrderDesk, Roles.Manager, Roles.Admin))
            .WithSummary("The weekdays the customer receives goods on; promises made from now on deliver on them.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
