using Crm.Api.Persistence.Audit;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>An account handed to another team takes its open activities along, to its new owner: nothing planned
/// about it is left with someone who no longer sees it. Done ones stay as they were.</summary>
public sealed class ActivitiesFollowTheirAccount(CrmDbContext db, AuditAuthor audit) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(CustomerReassigned) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>())
        {
            TeamId? to = moved.To;
            AccountId? account = moved.Account;
            var following = db.Activities.Where(a => a.AccountId == account && a.Status == ActivityStatus.Open);
            var before = await following.Select(a => new { a.Id, a.TeamId, a.Owner }).ToListAsync(ct);
            writes.AddRange(audit.Moved("Activity", before.Select(a => (a.Id.ToString(), a.TeamId, (string?)a.Owner)), moved.To, moved.Owner));
            await following
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.TeamId, to)
                    .SetProperty(a => a.Owner, moved.Owner)
                    .SetProperty(a => EF.Property<long>(a, CrmDbContext.VersionProperty), a => EF.Property<long>(a, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
