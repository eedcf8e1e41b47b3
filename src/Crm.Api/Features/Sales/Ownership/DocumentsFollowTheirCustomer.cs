using Crm.Api.Infrastructure.DomainEvents;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Ownership;

/// <summary>A customer handed to another team takes its open quotes and orders along; finished ones stay with the
/// team that worked them. Written as sets in the reassignment's transaction, each moved document a version newer.</summary>
public sealed class DocumentsFollowTheirCustomer(CrmDbContext db) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>().Where(e => e.Customer is not null))
        {
            TeamId? to = moved.To;
            await db.Quotes
                .Where(q => q.CustomerNumber == moved.Customer && Quote.OpenStatuses.Contains(q.Status) && q.SalesOrderId == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(q => q.TeamId, to)
                    .SetProperty(q => EF.Property<long>(q, CrmDbContext.VersionProperty), q => EF.Property<long>(q, CrmDbContext.VersionProperty) + 1), ct);
            await db.SalesOrders
                .Where(o => o.CustomerNumber == moved.Customer && SalesOrder.OpenStatuses.Contains(o.Status))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.TeamId, to)
                    .SetProperty(o => EF.Property<long>(o, CrmDbContext.VersionProperty), o => EF.Property<long>(o, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
