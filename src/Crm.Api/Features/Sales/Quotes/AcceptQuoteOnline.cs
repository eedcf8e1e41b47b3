using Crm.Contracts;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The dates moved between what the buyer saw and the acceptance: nothing was ordered.</summary>
public sealed class PromiseMovedException(PortalPromiseMoved moved) : Exception(moved.Detail)
{
    public PortalPromiseMoved Moved { get; } = moved;
}

/// <param name="Address">Where the acceptance came from (the client's IP address).</param>
public sealed record OnlineAcceptance(PortalQuoteAcceptance Request, string UserName, string? Address);

/// <summary>A buyer accepts a sent quote in the portal, and it becomes a confirmed order in one transaction: the version
/// must still be valid, every ordered line is promised again under the products' locks, and only when each line still
/// arrives by the dates the buyer saw (within the tolerance) does the quote become Accepted and its order confirmed
/// (the credit check applies). If a line moved, nothing changes and the buyer gets the new dates and a new token. A
/// second click or a second buyer finds the order the first made.</summary>
public sealed class AcceptQuoteOnline(
    CrmDbContext db, BuyerQuotes buyerQuotes, BuyerAnswers answers, QuotePdf pdf, ConvertQuote convert, ConfirmOrder confirm,
    UnitOfWork unitOfWork, IConfiguration configuration, TimeProvider time)
{
    public async Task<PortalQuoteAccepted> HandleAsync(CustomerNumber documents, long id, OnlineAcceptance acceptance, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        if (!await buyerQuotes.Of(documents).AnyAsync(q => q.Id == quoteId, ct)) throw new NotFoundException("Quote", id);
        try
        {
            return await db.RetryAsync(() => unitOfWork.InTransactionAsync(() => AcceptAsync(quoteId, acceptance, ct), ct));
        }
        catch (PromiseMovedException moved)
        {
            db.ChangeTracker.Clear();
            if (await OrderOfAsync(quoteId, ct) is { } made) return made;
            var version = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.VersionNumber).FirstAsync(ct);
            db.QuoteEvents.Add(new QuoteEvent(quoteId, version, QuoteEventKind.DatesMoved, acceptance.UserName, moved.Message, time.GetUtcNow()));
            await unitOfWork.SaveAsync(ct);
            throw;
        }
        catch (DbUpdateException)
        {
            // Two buyers at once: the other acceptance made the order.
            db.ChangeTracker.Clear();
            return await OrderOfAsync(quoteId, ct) ?? throw new DomainRuleException("quote.accepting", "The quote is being accepted right now; look again in a moment.");
        }
    }

    private async Task<PortalQuoteAccepted> AcceptAsync(QuoteId quoteId, OnlineAcceptance acceptance, CancellationToken ct)
    {
        if (await OrderOfAsync(quoteId, ct) is { } existing) return existing;
        var quote = await db.Quotes.Include(q => q.Lines).FirstAsync(q => q.Id == quoteId, ct);
        var request = acceptance.Request;
        var seen = PromiseTokens.Decode(request.PromiseToken!, quote.VersionNumber)
            ?? throw RequestValidationException.For("promiseToken", "This token is not one of this quote's version: open the quote again and accept what it shows.");
        if (quote.Status != QuoteStatus.Sent)
            throw new DomainRuleException("quote.not_open", $"Quote {quote.Number} is {quote.Status}; only a quote waiting for your answer can be accepted.");
        var now = time.GetUtcNow();
        var chosen = request.OptionalLines ?? [];

        // What the buyer saw becomes the quote's promise, and the PDF of it is the evidence of what was accepted.
        quote.RecordPromise([.. quote.Lines.Select(l => new QuoteLinePromise(seen.GetValueOrDefault(l.LineNumber) ?? []))], now);
        var document = await pdf.RenderAsync(quote, ct);
        quote.Accept(ApprovalRules.AlreadyDecided, acceptance.UserName, time.Today(), now,
            new QuoteAcceptance(request.Name!.Trim(), now, request.PurchaseOrderNumber?.Trim() is { Length: > 0 } po ? po : null, acceptance.Address,
                document.Sha256, Online: true),
            chosen);
        await unitOfWork.SaveAsync(ct);

        var (order, _) = await convert.HandleAsync(quote.Id.Value, acceptance.UserName, ct);
        var confirmed = await confirm.HandleAsync(order.Id, ct, acceptance.UserName);
        await EnsureKeptAsync(quoteId, order.Id, seen, ct);
        db.QuoteEvents.Add(new QuoteEvent(quoteId, quote.VersionNumber, QuoteEventKind.Accepted, acceptance.UserName,
            $"{request.Name!.Trim()} accepted online; order {confirmed.Number}", now));
        answers.TellRep(quote, $"{request.Name!.Trim()} accepted quote {quote.Number} online: order {confirmed.Number} is {confirmed.Status}.", now);
        await unitOfWork.SaveAsync(ct);
        return new PortalQuoteAccepted(order.Id, confirmed.Number, confirmed.Status);
    }

    /// <summary>Under the locks the order was promised again: each ordered line must still arrive by what the buyer saw.</summary>
    private async Task EnsureKeptAsync(QuoteId quoteId, long orderId, IReadOnlyDictionary<int, IReadOnlyList<PromisedDelivery>> seen, CancellationToken ct)
    {
        var tolerance = configuration.GetValue("Quotes:AcceptanceToleranceDays", 0);
        var quote = await db.Quotes.AsNoTracking().Include(q => q.Lines).FirstAsync(q => q.Id == quoteId, ct);
        var order = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).ThenInclude(l => l.ScheduleLines).FirstAsync(o => o.Id == new SalesOrderId(orderId), ct);
        var moved = quote.OrderedLines.Where(l =>
        {
            var now = order.Lines.First(o => o.LineNumber == l.OrderLineNumber).ScheduleLines.Select(s => new PromisedDelivery(s.Quantity, s.DeliveryDate)).ToList();
            return !PromiseTokens.Kept(seen.GetValueOrDefault(l.LineNumber) ?? [], now, tolerance);
        }).Select(l => l.LineNumber).ToList();
        if (moved.Count == 0) return;
        throw new PromiseMovedException(new PortalPromiseMoved(
            $"The dates of line{(moved.Count > 1 ? "s" : "")} {string.Join(", ", moved)} moved since you looked; nothing was ordered. These are the dates now.", [], ""));
    }

    private Task<PortalQuoteAccepted?> OrderOfAsync(QuoteId quoteId, CancellationToken ct) =>
        db.SalesOrders.AsNoTracking().Where(o => o.QuoteId == quoteId)
            .Select(o => new PortalQuoteAccepted(o.Id.Value, o.Number, o.Status.ToString())).FirstOrDefaultAsync(ct)!;
}
