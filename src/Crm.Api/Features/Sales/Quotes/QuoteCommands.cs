using Crm.Api.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Ownership;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Creating and revising quotes, and the named steps of their life: send, accept, reject.</summary>
public sealed class QuoteCommands(CrmDbContext db, QuoteLineResolver lines, CustomerTeams teams, IdempotencyKeys idempotency, TimeProvider time)
{
    private const int DefaultValidityDays = 30;

    public async Task<(long Id, bool Created)> CreateAsync(QuoteRequest request, string? idempotencyKey, Viewer viewer, CancellationToken ct)
    {
        var key = IdempotencyKeys.Validate(idempotencyKey);
        var scope = IdempotencyKeys.Scope("quotes", viewer.UserName);
        if (await idempotency.FindAsync(scope, key, ct) is { } existing) return (existing, false);

        var today = time.Today();
        var team = await teams.ForNewDocumentAsync(request.CustomerNumber!, viewer, ct);
        var (quoteLines, currency) = await lines.ResolveAsync(request, ct);
        var quote = Quote.Create(
            new CustomerNumber(request.CustomerNumber!), request.RequestedDeliveryDate, request.ValidUntil ?? today.AddDays(DefaultValidityDays),
            request.ShipComplete, quoteLines, today, viewer.UserName, time.GetUtcNow(), team, currency);
        try
        {
            await db.SaveNewDocumentAsync(quote, quote.AssignNumber, q => idempotency.Remember(scope, key, q.Id.Value), ct);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // Another request with the same key created the quote first.
            db.ChangeTracker.Clear();
            if (await idempotency.FindAsync(scope, key, ct) is not { } raced) throw;
            return (raced, false);
        }
        return (quote.Id.Value, true);
    }

    public async Task ReviseAsync(long id, QuoteRequest request, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        if (request.CustomerNumber?.Trim() != quote.CustomerNumber.Value)
            throw RequestValidationException.For("customerNumber", "A quote's customer cannot change; start a new quote instead.");
        quote.Revise(request.RequestedDeliveryDate, request.ValidUntil ?? quote.ValidUntil, request.ShipComplete,
            (await lines.ResolveAsync(request, ct)).Lines, time.Today(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public Task SendAsync(long id, CancellationToken ct) => ApplyAsync(id, q => q.Send(time.GetUtcNow()), ct);

    public Task AcceptAsync(long id, CancellationToken ct) => ApplyAsync(id, q => q.Accept(time.Today(), time.GetUtcNow()), ct);

    public Task RejectAsync(long id, CancellationToken ct) => ApplyAsync(id, q => q.Reject(time.GetUtcNow()), ct);

    private async Task ApplyAsync(long id, Action<Quote> transition, CancellationToken ct)
    {
        var quote = await LoadAsync(id, ct);
        try
        {
            transition(quote);
        }
        finally
        {
            // A refused acceptance can still record that the quote expired.
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<Quote> LoadAsync(long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        return await db.Quotes.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct) ?? throw new NotFoundException("Quote", id);
    }
}
