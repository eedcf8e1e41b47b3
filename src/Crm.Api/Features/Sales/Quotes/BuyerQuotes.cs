using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>The quotes a customer's buyer sees: those sent to their company (the latest version of each), never drafts
/// nor another customer's, each line with the dates that can be promised now, in the buyer's words.</summary>
public sealed class BuyerQuotes(CrmDbContext db, CheckAvailability check, TimeProvider time)
{
    public IQueryable<Quote> Of(CustomerNumber documents)
    {
        var events = db.QuoteEvents;
        return db.Quotes.AsNoTracking().Where(q => q.CustomerNumber == documents && q.SupersededAt == null
            && (q.Status == QuoteStatus.Sent || q.Status == QuoteStatus.Accepted || q.Status == QuoteStatus.Declined || q.Status == QuoteStatus.Expired)
            && events.Any(e => e.QuoteId == q.Id && e.Kind == QuoteEventKind.Sent));
    }

    public Task<PagedResult<PortalQuoteSummary>> ListAsync(CustomerNumber documents, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var quotes = Of(documents);
        if (status is { Length: > 0 })
        {
            var wanted = status.Trim() switch
            {
                "AwaitingYourAnswer" => QuoteStatus.Sent,
                "Accepted" => QuoteStatus.Accepted,
                "Declined" => QuoteStatus.Declined,
                "Expired" => QuoteStatus.Expired,
                _ => throw RequestValidationException.For("status", "Filter by AwaitingYourAnswer, Accepted, Declined or Expired."),
            };
            quotes = quotes.Where(q => q.Status == wanted);
        }
        var events = db.QuoteEvents;
        return quotes.OrderByDescending(q => q.Id)
            .Select(q => new PortalQuoteSummary(
                q.Id.Value, q.Number, q.VersionNumber, Words(q.Status), q.ValidUntil, q.NetTotal, q.Currency,
                events.Where(e => e.QuoteId == q.Id && e.Kind == QuoteEventKind.Sent).Max(e => e.At),
                q.SalesOrderId == null ? null : q.SalesOrderId.Value.Value,
                db.SalesOrders.Where(o => o.Id == q.SalesOrderId).Select(o => o.Number).FirstOrDefault()))
            .PageAsync(page, pageSize, ct);
    }

    public async Task<PortalQuoteResponse?> FindAsync(CustomerNumber documents, long id, CancellationToken ct)
    {
        var quote = await Of(documents).Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == new QuoteId(id), ct);
        if (quote is null) return null;
        var (lines, token) = await LiveAsync(quote, ct);
        var order = quote.SalesOrderId is { } orderId
            ? await db.SalesOrders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Number).FirstOrDefaultAsync(ct)
            : null;
        var purchaseOrderNumberRequired = await db.Accounts.Buying(quote.CustomerNumber).Select(a => a.RequiresPurchaseOrderNumber).FirstOrDefaultAsync(ct);
        IReadOnlyList<string> actions = quote.Status == QuoteStatus.Sent && quote.ValidUntil >= time.Today()
            ? [BuyerQuoteActions.Accept, BuyerQuoteActions.Decline, BuyerQuoteActions.Ask]
            : quote.Status == QuoteStatus.Sent ? [BuyerQuoteActions.Ask] : [];
        return new PortalQuoteResponse(
            quote.Id.Value, quote.Number, quote.VersionNumber, Words(quote.Status), quote.ValidUntil, quote.Currency, quote.NetTotal,
            quote.Terms.HeaderDiscountPercent, quote.Terms.PaymentTerms,
            quote.Terms.Incoterms is { } rule ? $"{rule} {quote.Terms.IncotermsPlace}" : null, quote.Terms.IntroText, quote.Terms.ClosingText,
            lines, time.GetUtcNow(), token, purchaseOrderNumberRequired, quote.SalesOrderId?.Value, order, actions);
    }

    /// <summary>Each line's dates as they can be promised now (an ordered quote's are its order's, shown in the order),
    /// and the token that stands for them.</summary>
    public async Task<(IReadOnlyList<PortalQuoteLine> Lines, string Token)> LiveAsync(Quote quote, CancellationToken ct)
    {
        var descriptions = await DescriptionsAsync(quote, ct);
        var promised = new Dictionary<int, IReadOnlyList<PromisedDelivery>>();
        if (quote.Status is QuoteStatus.Sent)
        {
            var promise = await check.HandleAsync(QuotePromises.Request(quote), explain: false, ct);
            for (var i = 0; i < quote.Lines.Count; i++) promised[quote.Lines[i].LineNumber] = QuotePromises.Of(promise.Lines[i]).Deliveries;
        }
        else foreach (var line in quote.Lines) promised[line.LineNumber] = line.PromisedDeliveries;
        return ([.. quote.Lines.Select(l => Line(l, descriptions.GetValueOrDefault(l.ItemNumber), promised[l.LineNumber]))],
            PromiseTokens.Encode(quote.VersionNumber, promised));
    }

    public static PortalQuoteLine Line(QuoteLine line, string? description, IReadOnlyList<PromisedDelivery> deliveries) => new(
        line.LineNumber, line.ItemNumber, description, line.Quantity, line.UnitPrice, line.DiscountPercent, line.NetAmount, line.Optional,
        [.. deliveries.Select(d => new PortalConfirmedPart(d.Quantity, d.DeliveryDate))], Math.Max(0, line.Quantity - deliveries.Sum(d => d.Quantity)));

    private Task<Dictionary<string, string>> DescriptionsAsync(Quote quote, CancellationToken ct)
    {
        var items = quote.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        return db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);
    }

    private static string Words(QuoteStatus status) => status switch
    {
        QuoteStatus.Sent => "AwaitingYourAnswer",
        _ => status.ToString(),
    };
}
