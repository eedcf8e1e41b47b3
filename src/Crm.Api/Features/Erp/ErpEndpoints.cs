using Crm.Api.Contracts;
using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Erp;

public static class ErpEndpoints
{
    public static void MapErp(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/erp/sync", (ErpSyncJob job, CancellationToken ct) => job.RunAsync(ct))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithTags("ERP")
            .WithSummary("Runs a delta sync of every ERP entity now and answers with the counts when it is done.")
            .Produces<SyncResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
