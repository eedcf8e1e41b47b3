using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Sales.Segmentation;

/// <summary>Running the customer segmentation now, instead of waiting for the nightly job.</summary>
public sealed class SegmentationEndpoints : IEndpointGroup
{
    public sealed record SegmentationRun(int Accounts);

    public void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/segmentation/run", async Task<Ok<SegmentationRun>> (SegmentCustomers job, CancellationToken ct) =>
                TypedResults.Ok(new SegmentationRun(await job.RunAsync(ct))))
            .WithTags("Accounts")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Segments every customer now (Admin): ABC class by the last twelve months' invoiced revenue and RFM scores; the nightly job does the same.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
