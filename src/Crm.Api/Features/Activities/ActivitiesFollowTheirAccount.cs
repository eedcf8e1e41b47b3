using Crm.Api.Infrastructure.DomainEvents;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>An account handed to another team takes its open activities along, to its new owner: nothing planned
/// about it is left with someone who no longer sees it. Done ones stay as they were.</summary>
public sealed class ActivitiesFollowTheirAccount(CrmDbContext db) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>())
        {
            TeamId? to = moved.To;
            AccountId? account = moved.Account;
            await db.Activities
                .Where(a => a.AccountId == account && a.Status == ActivityStatus.Open)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.TeamId, to)
                    .SetProperty(a => a.Owner, moved.Owner)
                    .SetProperty(a => EF.Property<long>(a, CrmDbContext.VersionProperty), a => EF.Property<long>(a, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
