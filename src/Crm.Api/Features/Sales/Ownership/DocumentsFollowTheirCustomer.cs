using Crm.Api.Persistence.Audit;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Ownership;

/// <summary>A customer handed to another team takes its open quotes and orders along; finished ones stay with the
/// team that worked them. Written as sets in the reassignment's transaction, each moved document a version newer.</summary>
public sealed class DocumentsFollowTheirCustomer(CrmDbContext db, AuditAuthor audit) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(CustomerReassigned) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>().Where(e => e.Customer is not null))
        {
            TeamId? to = moved.To;
            var quotes = db.Quotes.Where(q => q.CustomerNumber == moved.Customer && Quote.OpenStatuses.Contains(q.Status) && q.SalesOrderId == null);
            var quotesBefore = await quotes.Select(q => new { q.Id, q.TeamId }).ToListAsync(ct);
            writes.AddRange(audit.Moved("Quote", quotesBefore.Select(q => (q.Id.ToString(), q.TeamId, (string?)null)), moved.To, null));
            await quotes
                .ExecuteUpdateAsync(s => s
                    .SetProperty(q => q.TeamId, to)
                    .SetProperty(q => EF.Property<long>(q, CrmDbContext.VersionProperty), q => EF.Property<long>(q, CrmDbContext.VersionProperty) + 1), ct);
            var orders = db.SalesOrders.Where(o => o.CustomerNumber == moved.Customer && SalesOrder.OpenStatuses.Contains(o.Status));
            var ordersBefore = await orders.Select(o => new { o.Id, o.TeamId }).ToListAsync(ct);
            writes.AddRange(audit.Moved("SalesOrder", ordersBefore.Select(o => (o.Id.ToString(), o.TeamId, (string?)null)), moved.To, null));
            await orders
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.TeamId, to)
                    .SetProperty(o => EF.Property<long>(o, CrmDbContext.VersionProperty), o => EF.Property<long>(o, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
