using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A quote made from a deal became an order: the deal is won with the order (or, won by hand before, gets
/// its order), in the same transaction. Any
/// version of the quote counts (a revision has its own id and the same number).</summary>
public sealed class WinOpportunityOfQuote(CrmDbContext db, Stages stages) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(QuoteConverted) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var converted in events.OfType<QuoteConverted>())
        {
            var versions = db.Quotes.AllVersionsOf(converted.Quote).Select(q => (QuoteId?)q.Id);
            var deals = await db.Opportunities.Include(o => o.History)
                .Where(o => (o.Status == OpportunityStatus.Open || (o.Status == OpportunityStatus.Won && o.SalesOrderId == null)) && versions.Contains(o.QuoteId))
                .ToListAsync(ct);
            if (deals.Count == 0) continue;
            var won = await stages.WonAsync(ct);
            foreach (var deal in deals)
                if (deal.IsOpen) deal.Win(won, converted.Order, new ChangeContext("system", "quote became an order", converted.At));
                else deal.BecameOrder(converted.Order, converted.At);
        }
    }
}
