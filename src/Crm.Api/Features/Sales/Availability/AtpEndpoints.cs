using Crm.Api.Contracts;

namespace Crm.Api.Features.Sales.Availability;

public static class AtpEndpoints
{
    public static void MapAtp(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/atp/check", (AvailabilityRequest request, bool? explain, CheckAvailability handler, CancellationToken ct) =>
                handler.HandleAsync(request, explain ?? false, ct))
            .WithTags("Available to promise")
            .WithSummary("What could be promised for these lines now; reserves nothing. explain=true adds the supply covering each schedule line and the ERP data's freshness.")
            .Produces<AvailabilityResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
