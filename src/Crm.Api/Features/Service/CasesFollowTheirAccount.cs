using Crm.Api.Infrastructure.DomainEvents;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>An account handed to another team takes all its cases along: who sees a customer sees its cases.</summary>
public sealed class CasesFollowTheirAccount(CrmDbContext db) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>())
        {
            TeamId? to = moved.To;
            await db.Cases.Where(c => c.AccountId == moved.Account)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.TeamId, to)
                    .SetProperty(c => EF.Property<long>(c, CrmDbContext.VersionProperty), c => EF.Property<long>(c, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
