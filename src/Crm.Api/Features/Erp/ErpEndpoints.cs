using Crm.Api.Contracts;
using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Erp;

public static class ErpEndpoints
{
    public static void MapErp(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/erp/sync", (bool? full, ErpSyncJob job, CancellationToken ct) => job.RunAsync(full ?? false, ct))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithTags("ERP")
            .WithSummary("Syncs every ERP entity now (changes since the last run; everything with full=true) and answers with the counts.")
            .Produces<SyncResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
