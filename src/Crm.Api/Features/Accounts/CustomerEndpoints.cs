using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Accounts;

/// <summary>Customers as synced from the ERP, with the fields the CRM owns. A rep sees their teams' customers only.</summary>
public sealed class CustomerEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/customers").WithTags("Customers")
            .OnlyVisible("Customer", "customerNumber", (db, key) =>
            {
                var number = CustomerNumber.TryFrom(key);
                return db.Customers.Where(c => c.CustomerNumber == number && c.DeletedInErpAt == null);
            });

        customers.MapGet("/", async Task<Ok<PagedResult<CustomerSummary>>> (
                string? search, long? teamId, int? page, int? pageSize, Viewer viewer, CustomerQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, teamId, viewer, page, pageSize, ct)))
            .WithSummary("Customers the user sees, by name; search finds number, name or city, ignoring case and accents; teamId narrows to one team.")
            .ProducesValidationProblem();

        customers.MapGet("/{customerNumber}", async Task<Results<Ok<CustomerSummary>, ProblemHttpResult>> (
                string customerNumber, Viewer viewer, CustomerQueries queries, CancellationToken ct) =>
                await queries.GetAsync(customerNumber, viewer, ct) is { } customer ? TypedResults.Ok(customer) : Problems.NotFound("Customer", customerNumber))
            .WithSummary("One customer, with its team and owner.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapPut("/{customerNumber}/receiving-days", async Task<Ok<CustomerSummary>> (
                string customerNumber, ReceivingDaysRequest request, Viewer viewer, CustomerSettings settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.ReceiveOnAsync(customerNumber, request, viewer, ct)))
            .WithSummary("The weekdays the customer receives goods on; promises made from now on deliver on them.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapPut("/{customerNumber}/order-settings", async Task<Ok<CustomerSummary>> (
                string customerNumber, OrderSettingsRequest request, Viewer viewer, CustomerSettings settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.OrderSettingsAsync(customerNumber, request, viewer, ct)))
            .WithSummary("How the customer wants its orders: requiresPurchaseOrderNumber means no order is confirmed without the customer's purchase order number.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customers.MapPut("/{customerNumber}/assignment", async Task<Ok<CustomerSummary>> (
                string customerNumber, CustomerAssignmentRequest request, Viewer viewer, ClaimsPrincipal user, AssignCustomer handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(customerNumber, request, viewer, user.IsInRole(Roles.Admin), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Manager))
            .WithSummary("Hands the customer to a team and an owner in it; its open quotes and orders move along (admins, or the receiving team's manager).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
