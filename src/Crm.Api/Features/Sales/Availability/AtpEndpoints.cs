using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Sales.Availability;

public sealed class AtpEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var atp = app.MapGroup("/api/atp").WithTags("Available to promise");

        atp.MapPost("/check", async Task<Ok<AvailabilityResponse>> (
                AvailabilityRequest request, bool? explain, CheckAvailability handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(request, explain ?? false, ct)))
            .WithSummary("What could be promised for these lines now; reserves nothing. explain=true adds the supply covering each schedule line and the ERP data's freshness.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        atp.MapGet("/explorer", async Task<Results<Ok<AtpExplorerResponse>, ProblemHttpResult>> (
                string item, string? plant, Viewer viewer, ExploreAvailability handler, CancellationToken ct) =>
                await handler.FindAsync(viewer, item, plant, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Product", item))
            .WithSummary("One product at one plant over time: cumulative supply, demand and ATP as steps (ATP null from the RLT date on), the receipts, and which receipt covers which commitment.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
