using Crm.Api.Contracts;

namespace Crm.Api.Features.Atp;

public static class AtpEndpoints
{
    public static void MapAtp(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/atp/check", (AvailabilityRequest request, CheckAvailability handler, CancellationToken ct) =>
                handler.HandleAsync(request, ct))
            .WithTags("Available to promise")
            .WithSummary("What could be promised for these lines now; reserves nothing.")
            .Produces<AvailabilityResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
