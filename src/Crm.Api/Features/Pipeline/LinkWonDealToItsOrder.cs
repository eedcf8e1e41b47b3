using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A deal won by hand whose quote (any version) already became an order points at that order, as a deal won
/// by the conversion does; the forecast counts it as won in the month it closed either way.</summary>
public sealed class LinkWonDealToItsOrder(CrmDbContext db, TimeProvider time) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(OpportunityWon) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var deal in events.OfType<OpportunityWon>().Select(e => e.Opportunity).Where(o => o.SalesOrderId is null && o.QuoteId is not null))
        {
            var order = await db.Quotes.AllVersionsOf(deal.QuoteId).Where(q => q.SalesOrderId != null)
                .Select(q => q.SalesOrderId).FirstOrDefaultAsync(ct);
            if (order is { } converted) deal.BecameOrder(converted, time.GetUtcNow());
        }
    }
}
