using Crm.Contracts;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Features.Service;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Portal;

/// <summary>The customer portal's API: only the Customer role, and only its own account. A record of another account
/// answers 404 exactly like one that does not exist.</summary>
public sealed class PortalEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        // Staff invite a customer's contact; the contact accepts with the link from the mail.
        app.MapPost("/api/accounts/{id:long}/contacts/{contactId:long}/portal-invitation", async Task<Ok<PortalInvitationResponse>> (
                long id, long contactId, Viewer viewer, PortalInvitations invitations, CancellationToken ct) =>
                TypedResults.Ok(await invitations.InviteAsync(id, contactId, viewer, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Sales, Roles.Manager, Roles.Service, Roles.Admin))
            .WithName("invitePortalUser").WithTags("Portal")
            .WithSummary("Invites the contact to the customer portal: a mail with a one-time link to set a password. Again: a new link (and access restored).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/portal/invitations/accept", async Task<NoContent> (PortalInvitationAcceptance acceptance, PortalInvitations invitations, CancellationToken ct) =>
            {
                await invitations.AcceptAsync(acceptance, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("acceptPortalInvitation").WithTags("Portal")
            .WithSummary("Sets the invited customer's password with the token from the invitation mail; afterwards they sign in as everyone does.")
            .ProducesValidationProblem();

        var portal = app.MapGroup("/api/portal").WithTags("Portal").RequireAuthorization(p => p.RequireRole(Roles.Customer));

        portal.MapGet("/me", async Task<Ok<PortalMe>> (PortalAccount customer, PortalQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.MeAsync(customer, ct)))
            .WithSummary("Who is signed in: the account and the contact.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portal.MapGet("/orders", async Task<Ok<PagedResult<PortalOrderSummary>>> (
                string? status, string? search, int? page, int? pageSize, PortalAccount customer, PortalQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.OrdersAsync(customer, status, search, page, pageSize, ct)))
            .WithSummary("My orders, latest first (status: Open or a status; search: order or purchase order number), with the next confirmed delivery and how many lines had their dates moved.")
            .ProducesValidationProblem();

        portal.MapGet("/orders/{id:long}", async Task<Results<Ok<PortalOrderResponse>, ProblemHttpResult>> (
                long id, PortalAccount customer, PortalQueries queries, CancellationToken ct) =>
                await queries.OrderAsync(customer, id, ct) is { } order ? TypedResults.Ok(order) : Problems.NotFound("Order", id))
            .OnlyOwnOrder()
            .WithSummary("One of my orders: each line's confirmed dates and the history of their changes with the reason, shipments with tracking, invoices and cases.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapPost("/orders/{id:long}/reorder", async Task<Created<PortalReorderResponse>> (
                long id, PortalReorderRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                PortalAccount customer, PortalCommands commands, CancellationToken ct) =>
            {
                var reorder = await commands.ReorderAsync(customer, id, request, idempotencyKey, ct);
                return TypedResults.Created($"/api/portal/orders/{reorder.OrderId}", reorder);
            })
            .OnlyOwnOrder()
            .WithSummary("Asks to order again what this order held (quantities per line may differ, 0 leaves a line out): a draft order for the order desk, with the dates expected now. Idempotency-Key is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/quotes", async Task<Ok<PagedResult<PortalQuoteSummary>>> (
                string? status, int? page, int? pageSize, PortalAccount customer, BuyerQuotes quotes, CancellationToken ct) =>
                TypedResults.Ok(customer.Documents is { } documents
                    ? await quotes.ListAsync(documents, status, page, pageSize, ct)
                    : new PagedResult<PortalQuoteSummary>([], 0, 1, pageSize ?? 50)))
            .WithSummary("The quotes sent to my company, latest first (status: AwaitingYourAnswer, Accepted, Declined, Expired).")
            .ProducesValidationProblem();

        portal.MapGet("/quotes/{id:long}", async Task<Results<Ok<PortalQuoteResponse>, ProblemHttpResult>> (
                long id, PortalAccount customer, BuyerQuotes quotes, CancellationToken ct) =>
                customer.Documents is { } documents && await quotes.FindAsync(documents, id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound("Quote", id))
            .OnlyOwnQuote()
            .WithSummary("One quote sent to me: its lines, prices, optional lines, terms and each line's delivery dates as they can be promised now, with the token that stands for those dates.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/quotes/{id:long}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                long id, PortalAccount customer, BuyerQuotes quotes, QuotePdf pdf, CancellationToken ct) =>
            {
                if (customer.Documents is not { } documents || !await quotes.Of(documents).AnyAsync(q => q.Id == new Crm.Domain.Sales.QuoteId(id), ct))
                    return Problems.NotFound("Quote", id);
                var document = await pdf.RenderAsync(id, ct);
                return TypedResults.File(document.Pdf, "application/pdf", document.FileName);
            })
            .OnlyOwnQuote()
            .WithSummary("One quote sent to me as a PDF.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapPost("/quotes/{id:long}/accept", async Task<Results<Ok<PortalQuoteAccepted>, Conflict<PortalPromiseMoved>, ProblemHttpResult>> (
                long id, PortalQuoteAcceptance request, HttpContext http, PortalAccount customer, AcceptQuoteOnline accept, BuyerQuotes quotes, CancellationToken ct) =>
            {
                if (customer.Documents is not { } documents) return Problems.NotFound("Quote", id);
                try
                {
                    return TypedResults.Ok(await accept.HandleAsync(documents, id, new OnlineAcceptance(request, customer.UserName, http.Connection.RemoteIpAddress?.ToString()), ct));
                }
                catch (PromiseMovedException moved)
                {
                    var now = (await quotes.FindAsync(documents, id, ct))!;
                    return TypedResults.Conflict(moved.Moved with { Lines = now.Lines, PromiseToken = now.PromiseToken });
                }
            })
            .ValidateContracts()
            .OnlyOwnQuote()
            .WithSummary("Accepts the quote with the dates its token stands for: in one transaction every line is promised again and, when each still arrives by those dates, the quote is accepted and becomes a confirmed order (200 with the order). When a date moved nothing changes: 409 with the new dates and a new token to accept them with.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapPost("/quotes/{id:long}/decline", async Task<NoContent> (
                long id, PortalQuoteDecline? request, PortalAccount customer, BuyerAnswers answers, CancellationToken ct) =>
            {
                await answers.DeclineAsync(customer.Documents ?? throw new NotFoundException("Quote", id), id, request?.Reason, customer.UserName, ct);
                return TypedResults.NoContent();
            })
            .ValidateContracts()
            .OnlyOwnQuote()
            .WithSummary("Declines the quote, saying why if I like; the rep is told.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        portal.MapPost("/quotes/{id:long}/questions", async Task<NoContent> (
                long id, PortalQuoteQuestion request, PortalAccount customer, BuyerAnswers answers, CancellationToken ct) =>
            {
                await answers.AskAsync(customer.Documents ?? throw new NotFoundException("Quote", id), id, request.Text!, customer.UserName, ct);
                return TypedResults.NoContent();
            })
            .ValidateContracts()
            .OnlyOwnQuote()
            .WithSummary("Asks the rep a question about the quote; the rep is told and the quote's timeline keeps it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/invoices", async Task<Ok<PagedResult<PortalInvoice>>> (
                bool? paid, int? page, int? pageSize, PortalAccount customer, PortalQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.InvoicesAsync(customer, null, paid, page, pageSize, ct)))
            .WithSummary("My invoices, latest due first, paid or open (paid filters), overdue ones marked.")
            .ProducesValidationProblem();

        portal.MapGet("/invoices/{invoiceNumber}/pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                string invoiceNumber, PortalAccount customer, PortalQueries queries, InvoicePdf pdf, CancellationToken ct) =>
            {
                if (await queries.InvoiceAsync(customer, invoiceNumber, ct) is not { } found) return Problems.NotFound("Invoice", invoiceNumber);
                var (content, fileName) = await pdf.RenderAsync(found.Invoice, found.Order, ct);
                return TypedResults.File(content, "application/pdf", fileName);
            })
            .WithSummary("A copy of one of my invoices as a PDF.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/cases", async Task<Ok<PagedResult<PortalCaseSummary>>> (int? page, int? pageSize, PortalAccount customer, PortalQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.Cases(customer).PageAsync(page, pageSize, ct)))
            .WithSummary("My service cases, latest first.")
            .ProducesValidationProblem();

        portal.MapPost("/cases", async Task<Created<CaseResponse>> (PortalCaseRequest request, PortalAccount customer, PortalCommands commands, CaseQueries cases, CancellationToken ct) =>
            {
                var id = await commands.OpenCaseAsync(customer, request, ct);
                return TypedResults.Created($"/api/portal/cases/{id}", (await cases.FindAsync(id, forCustomer: true, ct))!);
            })
            .WithSummary("Opens a case, about one of my orders and its line if I name them.")
            .ProducesValidationProblem();

        portal.MapGet("/cases/{id:long}", async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> (
                long id, PortalAccount customer, PortalQueries queries, CaseQueries cases, CancellationToken ct) =>
                await queries.OwnsCaseAsync(customer, id, ct) && await cases.FindAsync(id, forCustomer: true, ct) is { } found
                    ? TypedResults.Ok(found) : Problems.NotFound("Case", id))
            .OnlyOwnCase()
            .WithSummary("One of my cases with its public conversation and files.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapPost("/cases/{id:long}/comments", async Task<Created<CaseResponse>> (
                long id, PortalReplyRequest request, PortalAccount customer, PortalCommands commands, CaseQueries cases, CancellationToken ct) =>
            {
                await commands.ReplyAsync(customer, id, request, ct);
                return TypedResults.Created($"/api/portal/cases/{id}", (await cases.FindAsync(id, forCustomer: true, ct))!);
            })
            .OnlyOwnCase()
            .WithSummary("Answers on one of my cases: a case waiting for me goes on, a resolved one opens again within the reopen period.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapPost("/cases/{id:long}/attachments", async Task<Created<CaseAttachmentResponse>> (
                long id, string? fileName, HttpRequest request, PortalAccount customer, CaseAttachments attachments, CancellationToken ct) =>
            {
                var attachment = await attachments.UploadAsync(id, fileName, isPublic: true, request.Body, customer.UserName, ct);
                return TypedResults.Created($"/api/portal/cases/{id}/attachments/{attachment.Id}", attachment);
            })
            .OnlyOwnCase()
            .WithSummary("Adds a file to one of my cases, sent as the body with its name (fileName): pictures, PDF, text and office files up to the desk's limit.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/cases/{id:long}/attachments/{attachmentId:long}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                long id, long attachmentId, CaseAttachments attachments, CancellationToken ct) =>
                await attachments.DownloadAsync(id, attachmentId, forCustomer: true, ct))
            .OnlyOwnCase()
            .WithSummary("Downloads one of my case's files (those the desk shares with me, and mine).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        portal.MapGet("/articles", async Task<Ok<PagedResult<ArticleSummary>>> (
                string? search, string? tag, string? product, int? page, int? pageSize, ArticleQueries articles, CancellationToken ct) =>
                TypedResults.Ok(await articles.ListAsync(search, null, tag, product, publicOnly: true, page, pageSize, ct)))
            .WithSummary("The public help articles, found by words, tag or product.")
            .ProducesValidationProblem();

        portal.MapGet("/articles/{id:long}", async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> (long id, ArticleQueries articles, CancellationToken ct) =>
                await articles.FindAsync(id, publicOnly: true, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Article", id))
            .WithSummary("One public help article, rendered safe.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
