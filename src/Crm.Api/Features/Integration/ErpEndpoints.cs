using Crm.Contracts;
using Crm.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Integration;

public sealed class ErpEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var erp = app.MapGroup("/api/erp").WithTags("ERP");

        erp.MapPost("/sync", async Task<Ok<SyncResponse>> (bool? full, ErpSyncJob job, CancellationToken ct) =>
                TypedResults.Ok(await job.RunAsync(full ?? false, ct)))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithSummary("Syncs every ERP entity now (changes since the last run; everything with full=true) and answers with the counts.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        erp.MapGet("/status", async Task<Ok<ErpStatusResponse>> (ErpStatusQuery query, CancellationToken ct) => TypedResults.Ok(await query.HandleAsync(ct)))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithSummary("How the ERP bridge is doing: per entity the last run, its lag, rows and error, and where the next run resumes; what waits in the outbox.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        erp.MapGet("/rejections", async Task<Ok<PagedResult<RejectionResponse>>> (
                string? entity, int? page, int? pageSize, ErpRejections rejections, CancellationToken ct) =>
                TypedResults.Ok(await rejections.ListAsync(entity, page, pageSize, ct)))
            .RequireAuthorization(SecuritySetup.ErpOperators)
            .WithSummary("Records the ERP sent that the CRM did not take (file, line, key, field, reason), by entity; a record leaves the list when the ERP sends it again and it is taken.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var deadLetters = erp.MapGroup("/dead-letters").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        deadLetters.MapGet("", async Task<Ok<IReadOnlyList<DeadLetterResponse>>> (DeadLetters letters, CancellationToken ct) =>
                TypedResults.Ok(await letters.ListAsync(ct)))
            .WithSummary("Messages to the ERP the outbox gave up on, newest first, with the last error.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        deadLetters.MapPost("/{id:guid}/retry", async Task<Accepted> (Guid id, DeadLetters letters, CancellationToken ct) =>
            {
                await letters.RetryAsync(id, ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Sends a dead letter again, with the full number of attempts; 202 once it is queued.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
