using System.Security.Claims;
using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Domain.Sales;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Api.Features.Sales.Quotes;

public static class QuoteEndpoints
{
    public static void MapQuotes(this IEndpointRouteBuilder app)
    {
        var quotes = app.MapGroup("/api/quotes").WithTags("Quotes");

        quotes.MapPost("/", async (
                QuoteRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, ClaimsPrincipal user,
                QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                var (id, created) = await commands.CreateAsync(request, idempotencyKey, user.Identity!.Name!, ct);
                var quote = await queries.GetAsync(id, ct);
                return created ? Results.Created($"/api/quotes/{id}", quote) : Results.Ok(quote);
            })
            .WithSummary("Creates a draft quote; a missing unit price takes the list price. A repeated Idempotency-Key returns the first quote.")
            .Produces<QuoteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        quotes.MapPut("/{id:long}", async (long id, QuoteRequest request, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await commands.ReviseAsync(id, request, ct);
                return await queries.GetAsync(id, ct);
            })
            .WithSummary("Replaces the terms and lines of a quote that is still a draft or sent.")
            .Produces<QuoteResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        quotes.MapGet("/{id:long}", (long id, QuoteQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .WithSummary("The quote with its lines and totals.")
            .Produces<QuoteResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/", (string? customerNumber, QuoteStatus? status, string? sort, int? page, int? pageSize,
                QuoteQueries queries, CancellationToken ct) => queries.ListAsync(customerNumber, status, sort, page, pageSize, ct))
            .WithSummary("Quotes, newest first; filter by customer and status, sort by number, created, customer or validity.")
            .Produces<PagedResult<QuoteSummary>>()
            .ProducesValidationProblem();

        quotes.MapPost("/{id:long}/check", (long id, QuoteQueries queries, CancellationToken ct) => queries.CheckAsync(id, ct))
            .WithSummary("The promise for the quote's lines today; reserves nothing.")
            .Produces<AvailabilityResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapTransition(quotes, "send", "Sends a draft quote to the customer.", (c, id, ct) => c.SendAsync(id, ct));
        MapTransition(quotes, "accept", "The customer accepts the quote (while it is valid); it can then be converted to an order.", (c, id, ct) => c.AcceptAsync(id, ct));
        MapTransition(quotes, "reject", "The customer declines the quote.", (c, id, ct) => c.RejectAsync(id, ct));

        quotes.MapPost("/{id:long}/convert", async (long id, ClaimsPrincipal user, ConvertQuote handler, CancellationToken ct) =>
            {
                var (order, created) = await handler.HandleAsync(id, user.Identity!.Name!, ct);
                return created ? Results.Created($"/api/orders/{order.Id}", order) : Results.Ok(order);
            })
            .WithSummary("Converts an accepted quote to its sales order; converting again returns the same order.")
            .Produces<OrderCreatedResponse>(StatusCodes.Status201Created)
            .Produces<OrderCreatedResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapTransition(RouteGroupBuilder quotes, string step, string summary, Func<QuoteCommands, long, CancellationToken, Task> apply) =>
        quotes.MapPost($"/{{id:long}}/{step}", async (long id, QuoteCommands commands, QuoteQueries queries, CancellationToken ct) =>
            {
                await apply(commands, id, ct);
                return await queries.GetAsync(id, ct);
            })
            .WithSummary(summary)
            .Produces<QuoteResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
