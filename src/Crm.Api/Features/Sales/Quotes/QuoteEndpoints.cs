using System.Security.Claims;
using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Sales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Sales.Quotes;

public sealed class QuoteEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var quotes = app.MapGroup("/api/quotes").WithTags("Quotes").OnlyVisibleQuotes();

        quotes.MapPost("/", async Task<Results<Created<QuoteResponse>, Ok<QuoteResponse>>> (
                QuoteRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, Viewer viewer,
                QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                var (id, created) = await commands.CreateAsync(request, idempotencyKey, viewer, ct);
                var quote = await queries.GetAsync(id, ct);
                return created ? TypedResults.Created($"/api/quotes/{id}", quote) : TypedResults.Ok(quote);
            })
            .WithSummary("Creates a draft quote; a missing unit price takes the list price. A repeated Idempotency-Key returns the first quote.")
            .ProducesValidationProblem();

        quotes.MapPut("/{id:long}", async Task<Results<Ok<QuoteResponse>, Created<QuoteResponse>>> (
                long id, QuoteRequest request, Viewer viewer, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                var (revised, newVersion) = await commands.ReviseAsync(id, request, viewer, ct);
                var quote = await queries.GetAsync(revised, ct);
                return newVersion ? TypedResults.Created($"/api/quotes/{revised}", quote) : TypedResults.Ok(quote);
            })
            .WithSummary("Revises a quote: a draft (or a request not yet decided, or rejected) changes in place and is a draft again; a sent or approved quote gets its next version (201), and the old one becomes read-only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        quotes.MapPost("/expiry/run", async Task<Ok<int>> (ExpireQuotes job, CancellationToken ct) => TypedResults.Ok(await job.RunAsync(ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithSummary("Expires the quotes past their validity now (the recurring job's work); returns how many expired.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        quotes.MapGet("/{id:long}/pdf", async Task<FileContentHttpResult> (long id, QuotePdf pdf, CancellationToken ct) =>
            {
                var document = await pdf.RenderAsync(id, ct);
                return TypedResults.File(document.Pdf, "application/pdf", document.FileName);
            })
            .WithSummary("The quote as a PDF for the customer: contact, terms, lines (optional ones apart), prices, discounts, totals, validity, and each line's delivery dates as last checked (asked again first when older than the freshness limit), or its order's once converted.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/{id:long}/versions", async Task<Ok<IReadOnlyList<QuoteVersionSummary>>> (long id, QuoteQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.VersionsAsync(id, ct)))
            .WithSummary("Every version of the quote's number, the first first; earlier versions are read-only.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapPost("/{id:long}/copy", async Task<Created<QuoteResponse>> (long id, Viewer viewer, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                var copy = await commands.CopyAsync(id, viewer, ct);
                return TypedResults.Created($"/api/quotes/{copy}", await queries.GetAsync(copy, ct));
            })
            .WithSummary("A new draft quote with this one's customer, terms and lines, priced as of today: how an expired quote is offered again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/{id:long}", async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> (long id, QuoteQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound("Quote", id))
            .WithSummary("The quote with its lines and totals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/", async Task<Ok<PagedResult<QuoteSummary>>> (string? customerNumber, QuoteStatus? status, string? search, string? sort, int? page, int? pageSize,
                bool? expiring, Viewer viewer, QuoteQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(customerNumber, status, search, sort, viewer, page, pageSize, ct, expiring == true)))
            .WithSummary("The quotes of the user's teams, newest first; filter by customer, status, search text (quote number, customer number, name or city) and expiring (open and valid for a week at most), sort by number, created, customer or validity.")
            .ProducesValidationProblem();

        quotes.MapPost("/{id:long}/check", async Task<Ok<AvailabilityResponse>> (long id, QuoteCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.CheckAsync(id, ct)))
            .WithSummary("The promise for the quote's lines today; reserves nothing, and is kept on the lines as their tentative promise with when it was checked.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapTransition(quotes, "submit", "Submits the quote under the user's discount authority: Approved at once when within it, else PendingApproval for a manager of the team.",
            (c, id, user, ct) => c.SubmitAsync(id, user, ct));
        quotes.MapPost("/{id:long}/send", async Task<Ok<QuoteResponse>> (
                long id, QuoteSendRequest? request, ClaimsPrincipal user, SendQuote send, QuoteQueries queries, CancellationToken ct) =>
            {
                await send.HandleAsync(id, request, user, ct);
                return TypedResults.Ok(await queries.GetAsync(id, ct));
            })
            .ValidateContracts()
            .WithSummary("Sends an approved quote to the customer (a draft within the user's authority is approved on the way): the chosen contacts (the quote's contact by default) get a mail with the text given (or a default), the PDF of this version and a link to accept it in the portal.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        quotes.MapGet("/{id:long}/events", async Task<Ok<IReadOnlyList<QuoteEventResponse>>> (long id, QuoteQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.EventsAsync(id, ct)))
            .WithSummary("What happened with the customer, every version of the quote's number: sent to whom, accepted, declined, questions asked, dates that moved before an acceptance.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapTransition(quotes, "accept", "The customer accepts the quote (while it is valid); it can then be converted to an order.",
            (c, id, user, ct) => c.AcceptAsync(id, user, ct));
        MapTransition(quotes, "decline", "The customer declines the quote.", (c, id, _, ct) => c.DeclineAsync(id, ct));
        MapDecision(quotes, "approve", "A manager of the team approves the quote waiting for approval (never their own request); it can then be sent.",
            (c, id, comment, user, ct) => c.ApproveAsync(id, comment, user, ct));
        MapDecision(quotes, "reject", "A manager of the team rejects the quote waiting for approval, saying why in the comment (never their own request).",
            (c, id, comment, user, ct) => c.RejectAsync(id, comment, user, ct));

        quotes.MapPost("/{id:long}/convert", async Task<Results<Created<OrderCreatedResponse>, Ok<OrderCreatedResponse>>> (
                long id, ClaimsPrincipal user, ConvertQuote handler, CancellationToken ct) =>
            {
                var (order, created) = await handler.HandleAsync(id, user.Identity!.Name!, ct);
                return created ? TypedResults.Created($"/api/orders/{order.Id}", order) : TypedResults.Ok(order);
            })
            .WithSummary("Converts an accepted quote to its sales order; converting again returns the same order.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapTransition(
        RouteGroupBuilder quotes, string step, string summary, Func<QuoteCommands, long, ClaimsPrincipal, CancellationToken, Task> apply) =>
        quotes.MapPost($"/{{id:long}}/{step}", async Task<Ok<QuoteResponse>> (
                long id, ClaimsPrincipal user, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await apply(commands, id, user, ct);
                return TypedResults.Ok(await queries.GetAsync(id, ct));
            })
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static void MapDecision(
        RouteGroupBuilder quotes, string step, string summary, Func<QuoteCommands, long, string?, ClaimsPrincipal, CancellationToken, Task> decide) =>
        quotes.MapPost($"/{{id:long}}/{step}", async Task<Ok<QuoteResponse>> (
                long id, ApprovalDecisionRequest? request, ClaimsPrincipal user, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await decide(commands, id, request?.Comment, user, ct);
                return TypedResults.Ok(await queries.GetAsync(id, ct));
            })
            .RequireAuthorization(p => p.RequireRole(QuotePermissions.Decide))
            .ValidateContracts()
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
