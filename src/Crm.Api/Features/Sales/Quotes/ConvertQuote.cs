using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Quotes;

/// <summary>Turns an accepted quote into its one sales order. Converting again returns the same order; two
/// conversions racing meet the unique index on the order's quote, and the loser returns the winner's order.</summary>
public sealed class ConvertQuote(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<(OrderCreatedResponse Order, bool Created)> HandleAsync(long id, string user, CancellationToken ct)
    {
        var quoteId = new QuoteId(id);
        var quote = await db.Quotes.Include(q => q.Lines).FirstOrDefaultAsync(q => q.Id == quoteId, ct)
            ?? throw new NotFoundException("Quote", id);
        if (await ExistingOrderAsync(quoteId, ct) is { } existing) return (existing, false);
        if (quote.Status != QuoteStatus.Accepted)
            throw new DomainRuleException("quote.not_accepted", $"Only an accepted quote converts to a sales order; this one is {quote.Status}.");

        var now = time.GetUtcNow();
        var order = SalesOrder.Create(
            quote.CustomerNumber,
            quote.RequestedDeliveryDate is { } d && d >= time.Today() ? d : null,
            quote.ShipComplete,
            // The ordered lines at the price they were sold at: both discounts taken, so the order's amounts are the quote's.
            [.. quote.OrderedLines.Select(l => new OrderLineInput(new ItemNumber(l.ItemNumber), l.Plant, new Quantity(l.Quantity), l.CompleteDelivery, l.SoldPrice))],
            time.Today(), user, now, quote.Id, quote.TeamId, quote.Currency,
            purchaseOrderNumber: quote.Acceptance?.PurchaseOrderNumber, forProspect: quote.AwaitsCustomerNumber);
        try
        {
            await unitOfWork.SaveNewAsync(order, order.AssignNumber, o => quote.ConvertedTo(o.Id, now), ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await ExistingOrderAsync(quoteId, ct) is { } raced) return (raced, false);
            throw;
        }
        return (new OrderCreatedResponse(order.Id.Value, order.Number, order.Status.ToString()), true);
    }

    private Task<OrderCreatedResponse?> ExistingOrderAsync(QuoteId quoteId, CancellationToken ct) =>
        db.SalesOrders.AsNoTracking().Where(o => o.QuoteId == quoteId)
            .Select(o => new OrderCreatedResponse(o.Id.Value, o.Number, o.Status.ToString()))
            .FirstOrDefaultAsync(ct)!;
}
