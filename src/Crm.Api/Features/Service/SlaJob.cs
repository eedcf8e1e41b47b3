using Crm.Contracts;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>The recurring SLA run: every open case's clocks are computed for now; owners are warned at the warning
/// share and breached cases escalate (notified in the app and by mail through the case's events).</summary>
public sealed class SlaJob(CrmDbContext db, CaseCommands commands, UnitOfWork unitOfWork, TimeProvider time)
{
    public const string SystemUser = "sla";
    private const int Batch = 200;

    public async Task<SlaRunResponse> RunAsync(CancellationToken ct)
    {
        var rules = await ServiceRules.LoadAsync(db, ct);
        var context = new ChangeContext(SystemUser, "SLA check", time.GetUtcNow());
        var (checkedCount, warned, escalated) = (0, 0, 0);
        var open = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.Closed)
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var chunk in open.Chunk(Batch))
        {
            var cases = await db.Cases.Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            var accounts = cases.Select(c => c.AccountId).Distinct().ToList();
            var segments = await db.Accounts.AsNoTracking().Where(a => accounts.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.AbcClass, ct);
            var (batchWarned, batchEscalated) = (0, 0);
            foreach (var serviceCase in cases.Where(c => c.IsOpen))
            {
                commands.Track(serviceCase, rules, segments.GetValueOrDefault(serviceCase.AccountId), context);
                batchWarned += serviceCase.DomainEvents.OfType<CaseSlaWarned>().Count();
                batchEscalated += serviceCase.DomainEvents.OfType<CaseEscalated>().Count();
            }
            try
            {
                await unitOfWork.SaveAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed one of these cases meanwhile (or another node's run got there first): the next run
                // computes them again from what is stored.
                db.ChangeTracker.Clear();
                continue;
            }
            (checkedCount, warned, escalated) = (checkedCount + cases.Count, warned + batchWarned, escalated + batchEscalated);
            db.ChangeTracker.Clear();
        }
        return new SlaRunResponse(checkedCount, warned, escalated);
    }
}
