using Crm.Api.Contracts;
using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Integration;

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

        app.MapGet("/api/erp/status", (ErpStatusQuery query, CancellationToken ct) => query.HandleAsync(ct))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithTags("ERP")
            .WithSummary("How the ERP bridge is doing: per entity the last run, its lag, rows and error, and where the next run resumes; what waits in the outbox.")
            .Produces<ErpStatusResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapGet("/api/erp/rejections", (string? entity, int? page, int? pageSize, ErpRejections rejections, CancellationToken ct) =>
                rejections.ListAsync(entity, page, pageSize, ct))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithTags("ERP")
            .WithSummary("Records the ERP sent that the CRM did not take (file, line, key, field, reason), by entity; a record leaves the list when the ERP sends it again and it is taken.")
            .Produces<PagedResult<RejectionResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var deadLetters = app.MapGroup("/api/erp/dead-letters")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("ERP");
        deadLetters.MapGet("", (DeadLetters letters, CancellationToken ct) => letters.ListAsync(ct))
            .WithSummary("Messages to the ERP the outbox gave up on, newest first, with the last error.")
            .Produces<IReadOnlyList<DeadLetterResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        deadLetters.MapPost("/{id:guid}/retry", async (Guid id, DeadLetters letters, CancellationToken ct) =>
            {
                await letters.RetryAsync(id, ct);
                return Results.Accepted();
            })
            .WithSummary("Sends a dead letter again, with the full number of attempts; 202 once it is queued.")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
