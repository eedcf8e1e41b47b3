using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.ReadModels;

public sealed class DashboardEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboard", async Task<Ok<DashboardResponse>> (Viewer viewer, ClaimsPrincipal user, DashboardQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.HandleAsync(viewer, user.IsInRole(Roles.Manager), ct)))
            .WithTags("Dashboard")
            .WithSummary("The home page's figures: open quotes and their value, the quotes that need the user now (to send, awaiting approval or the customer, expiring this week, approvals to decide), orders to confirm, provisional orders, backorder lines and lines at risk, documents by status.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
