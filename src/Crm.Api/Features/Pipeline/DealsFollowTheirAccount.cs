using Crm.Api.Persistence.Audit;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>An account handed to another team takes its open deals along, to its new owner; won and lost ones stay
/// with the team that worked them.</summary>
public sealed class DealsFollowTheirAccount(CrmDbContext db, AuditAuthor audit) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(CustomerReassigned) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>())
        {
            TeamId? to = moved.To;
            var following = db.Opportunities.Where(o => o.AccountId == moved.Account && o.Status == OpportunityStatus.Open);
            var before = await following.Select(o => new { o.Id, o.TeamId, o.Owner }).ToListAsync(ct);
            writes.AddRange(audit.Moved("Opportunity", before.Select(o => (o.Id.ToString(), o.TeamId, (string?)o.Owner)), moved.To, moved.Owner));
            await following
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.TeamId, to)
                    .SetProperty(o => o.Owner, moved.Owner)
                    .SetProperty(o => EF.Property<long>(o, CrmDbContext.VersionProperty), o => EF.Property<long>(o, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
