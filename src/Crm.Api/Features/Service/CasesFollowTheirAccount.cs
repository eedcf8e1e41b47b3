using Crm.Api.Persistence.Audit;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>An account handed to another team takes all its cases along: who sees a customer sees its cases.</summary>
public sealed class CasesFollowTheirAccount(CrmDbContext db, AuditAuthor audit) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(CustomerReassigned) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        foreach (var moved in events.OfType<CustomerReassigned>())
        {
            TeamId? to = moved.To;
            var following = db.Cases.Where(c => c.AccountId == moved.Account);
            var before = await following.Select(c => new { c.Id, c.TeamId }).ToListAsync(ct);
            writes.AddRange(audit.Moved("Case", before.Select(c => (c.Id.ToString(), c.TeamId, (string?)null)), moved.To, null));
            await following
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.TeamId, to)
                    .SetProperty(c => EF.Property<long>(c, CrmDbContext.VersionProperty), c => EF.Property<long>(c, CrmDbContext.VersionProperty) + 1), ct);
        }
    }
}
