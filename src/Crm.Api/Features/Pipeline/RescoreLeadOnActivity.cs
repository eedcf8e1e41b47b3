using Crm.Api.Persistence;
using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Pipeline;

/// <summary>A call or meeting held with a lead is engagement: the lead is scored again in the same transaction.</summary>
public sealed class RescoreLeadOnActivity(CrmDbContext db, LeadScoring scoring) : IDomainEventHandler
{
    public IReadOnlySet<Type> Handles { get; } = new HashSet<Type> { typeof(ActivityCompleted) };

    public async Task HandleAsync(IReadOnlyList<DomainEvent> events, EventWrites writes, CancellationToken ct)
    {
        var ids = events.OfType<ActivityCompleted>().Where(e => e.Activity.RegardingType == RegardingType.Lead)
            .Select(e => new LeadId(e.Activity.RegardingId)).Distinct().ToList();
        if (ids.Count == 0) return;
        foreach (var lead in await db.Leads.Where(l => ids.Contains(l.Id)).ToListAsync(ct))
            // The activities done in this unit of work are not stored as done yet.
            await scoring.ScoreAsync(lead, ct, events.OfType<ActivityCompleted>().Count(e =>
                e.Activity.RegardingType == RegardingType.Lead && e.Activity.RegardingId == lead.Id.Value && LeadScoring.IsHeld(e.Activity.Type)));
    }
}
