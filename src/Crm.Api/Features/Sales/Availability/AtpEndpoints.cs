using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Sales.Availability;

public sealed class AtpEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/atp/check", async Task<Ok<AvailabilityResponse>> (
                AvailabilityRequest request, bool? explain, CheckAvailability handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(request, explain ?? false, ct)))
            .WithTags("Available to promise")
            .WithSummary("What could be promised for these lines now; reserves nothing. explain=true adds the supply covering each schedule line and the ERP data's freshness.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
