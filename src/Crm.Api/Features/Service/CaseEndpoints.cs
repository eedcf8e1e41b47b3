using System.Globalization;
using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Service;

/// <summary>Service cases: the desk's queues, opening a case, the conversation with the customer, status, hand-over
/// and escalation, files and articles. Reps see and open the cases of their team's accounts.</summary>
public sealed class CaseEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases")
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .OnlyVisible("Case", "id", (db, key) =>
            {
                var id = new CaseId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Cases.Where(c => c.Id == id);
            });

        cases.MapGet("/", async Task<Ok<PagedResult<CaseSummary>>> (
                string? status, string? queue, string? owner, string? priority, string? slaState, long? accountId, long? orderId, string? search,
                string? sort, int? page, int? pageSize, Viewer viewer, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(new CaseQueries.Filter(status, queue, owner, priority, slaState, accountId, orderId, search, sort), viewer, page, pageSize, ct)))
            .WithSummary("Cases the user sees: open ones by default (status: a status or All), by queue, owner (a user, me or none), priority, SLA state, account, order or words; sorted by what is due next (sort: due, created, priority).")
            .ProducesValidationProblem();

        cases.MapGet("/{id:long}", async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> (long id, CaseQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, forCustomer: false, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Case", id))
            .WithSummary("One case with its SLA as of now (due times, state, business minutes left), comments, history, files and articles.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/", async Task<Created<CaseResponse>> (
                CaseRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ClaimsPrincipal user, Viewer viewer,
                CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
            {
                var origin = user.IsInRole(Roles.Sales) || user.IsInRole(Roles.Manager) ? CaseOrigin.SalesRep : CaseOrigin.ServiceDesk;
                var id = await commands.CreateAsync(request, origin, viewer, idempotencyKey, ct);
                return TypedResults.Created($"/api/cases/{id}", (await queries.FindAsync(id, false, ct))!);
            })
            .WithSummary("Opens a case for a customer (customerNumber or accountId), optionally about one of its orders and a line. It waits in the first tier's queue with its SLA running. Idempotency-Key is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        cases.MapPatch("/{id:long}", async Task<Ok<CaseResponse>> (long id, CasePatch patch, Viewer viewer, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeAsync(id, patch, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, false, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.CaseWorkers))
            .WithSummary("Changes a case's subject, description, category or priority (which re-targets its SLA from its start), or hands it to an owner or queue. If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        cases.MapPost("/{id:long}/comments", async Task<Created<CaseResponse>> (
                long id, CaseCommentRequest request, Viewer viewer, CaseCommands commands, CaseQueries queries, TimeProvider time, CancellationToken ct) =>
            {
                await commands.CommentAsync(id, request, byCustomer: false, new ChangeContext(viewer.UserName, "", time.GetUtcNow()), ct);
                return TypedResults.Created($"/api/cases/{id}", (await queries.FindAsync(id, false, ct))!);
            })
            .WithSummary("Comments on a case: internal, or public (the customer sees it in the portal and gets it by mail). The first public answer stops the first-response clock.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:long}/status", async Task<Ok<CaseResponse>> (
                long id, CaseStatusRequest request, Viewer viewer, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
            {
                await commands.MoveAsync(id, request, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, false, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.CaseWorkers))
            .WithSummary("Moves a case on (InProgress, WaitingOnCustomer: the SLA pauses, Resolved, Closed), or reopens a resolved one within the reopen period; a comment sent along is public.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:long}/escalate", async Task<Ok<CaseResponse>> (
                long id, CaseEscalationRequest request, Viewer viewer, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
            {
                await commands.EscalateAsync(id, request, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, false, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.CaseWorkers))
            .WithSummary("Hands the case to the next support tier: one escalation level up, into that tier's queue, with everyone involved told.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:long}/articles", async Task<Ok<CaseResponse>> (
                long id, CaseArticleRequest request, Viewer viewer, CaseCommands commands, CaseQueries queries, CancellationToken ct) =>
            {
                await commands.LinkArticleAsync(id, request, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, false, ct))!);
            })
            .WithSummary("Links a knowledge article to the case; solved: it was the answer (counted on the article).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:long}/attachments", async Task<Created<CaseAttachmentResponse>> (
                long id, string? fileName, bool? @public, HttpRequest request, Viewer viewer, CaseAttachments attachments, CancellationToken ct) =>
            {
                var attachment = await attachments.UploadAsync(id, fileName, @public ?? false, request.Body, viewer.UserName, ct);
                return TypedResults.Created($"/api/cases/{id}/attachments/{attachment.Id}", attachment);
            })
            .WithSummary("Adds a file to the case, sent as the body with its name (fileName); public: the customer sees it. Pictures, PDF, text and office files up to the configured size.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{id:long}/attachments/{attachmentId:long}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                long id, long attachmentId, CaseAttachments attachments, CancellationToken ct) =>
                await attachments.DownloadAsync(id, attachmentId, forCustomer: false, ct))
            .WithSummary("Downloads one of the case's files.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
