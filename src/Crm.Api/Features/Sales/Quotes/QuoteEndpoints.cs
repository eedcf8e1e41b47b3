using System.Security.Claims;
using Crm.Api.Contracts;
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

        quotes.MapPut("/{id:long}", async Task<Ok<QuoteResponse>> (long id, QuoteRequest request, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await commands.ReviseAsync(id, request, ct);
                return TypedResults.Ok(await queries.GetAsync(id, ct));
            })
            .WithSummary("Replaces the terms and lines of a quote that is still a draft or sent.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        quotes.MapGet("/{id:long}", async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> (long id, QuoteQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound("Quote", id))
            .WithSummary("The quote with its lines and totals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/", async Task<Ok<PagedResult<QuoteSummary>>> (string? customerNumber, QuoteStatus? status, string? search, string? sort, int? page, int? pageSize,
                Viewer viewer, QuoteQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(customerNumber, status, search, sort, viewer, page, pageSize, ct)))
            .WithSummary("The quotes of the user's teams, newest first; filter by customer, status and search text (quote number, customer number, name or city), sort by number, created, customer or validity.")
            .ProducesValidationProblem();

        quotes.MapPost("/{id:long}/check", async Task<Ok<AvailabilityResponse>> (long id, QuoteQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.CheckAsync(id, ct)))
            .WithSummary("The promise for the quote's lines today; reserves nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapTransition(quotes, "send", "Sends a draft quote to the customer.", (c, id, ct) => c.SendAsync(id, ct));
        MapTransition(quotes, "accept", "The customer accepts the quote (while it is valid); it can then be converted to an order.", (c, id, ct) => c.AcceptAsync(id, ct));
        MapTransition(quotes, "reject", "The customer declines the quote.", (c, id, ct) => c.RejectAsync(id, ct));

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

    private static void MapTransition(RouteGroupBuilder quotes, string step, string summary, Func<QuoteCommands, long, CancellationToken, Task> apply) =>
        quotes.MapPost($"/{{id:long}}/{step}", async Task<Ok<QuoteResponse>> (long id, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await apply(commands, id, ct);
                return TypedResults.Ok(await queries.GetAsync(id, ct));
            })
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
