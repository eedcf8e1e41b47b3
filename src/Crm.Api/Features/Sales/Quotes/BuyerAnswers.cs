using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>A buyer declines a quote sent to them (perhaps saying why) or asks a question about it; the rep who made it
/// is told in the app and the quote's timeline keeps it.</summary>
public sealed class BuyerAnswers(CrmDbContext db, BuyerQuotes buyerQuotes, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task DeclineAsync(CustomerNumber documents, long id, string? reason, string by, CancellationToken ct)
    {
        var quote = await LoadAsync(documents, id, ct);
        var now = time.GetUtcNow();
        quote.Decline(now, reason);
        db.QuoteEvents.Add(new QuoteEvent(quote.Id, quote.VersionNumber, QuoteEventKind.Declined, by, quote.DeclineReason, now));
        TellRep(quote, $"{by} declined quote {quote.Number}" + (quote.DeclineReason is { } why ? $": {why}" : "."), now);
        await unitOfWork.SaveAsync(ct);
    }

    public async Task AskAsync(CustomerNumber documents, long id, string text, string by, CancellationToken ct)
    {
        var quote = await LoadAsync(documents, id, ct);
        var now = time.GetUtcNow();
        db.QuoteEvents.Add(new QuoteEvent(quote.Id, quote.VersionNumber, QuoteEventKind.Question, by, text.Trim(), now));
        TellRep(quote, $"{by} asks about quote {quote.Number}: {text.Trim()}", now);
        await unitOfWork.SaveAsync(ct);
    }

    public void TellRep(Quote quote, string text, DateTimeOffset now) =>
        db.Notifications.Add(new Notification(quote.CreatedBy, "quote", text, $"/quotes/{quote.Id.Value}", now));

    private async Task<Quote> LoadAsync(CustomerNumber documents, long id, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        if (!await buyerQuotes.Of(documents).AnyAsync(q => q.Id == quoteId, ct)) throw new NotFoundException("Quote", id);
        return await db.Quotes.Include(q => q.Lines).FirstAsync(q => q.Id == quoteId, ct);
    }
}
