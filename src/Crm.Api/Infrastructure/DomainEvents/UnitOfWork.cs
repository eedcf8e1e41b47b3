using Crm.Api.Persistence;
using Crm.Domain.Common;

namespace Crm.Api.Infrastructure.DomainEvents;

/// <summary>Saves a change with what its events call for, in one transaction: the events of every tracked aggregate
/// go to each <see cref="IDomainEventHandler"/>, their rows are written, the change is saved and committed, and only
/// then the follow-up jobs are queued.</summary>
public sealed class UnitOfWork(CrmDbContext db, IEnumerable<IDomainEventHandler> handlers)
{
    /// <param name="withIds">Adds rows that need the ids this save assigns (a new case's files), saved in the same
    /// transaction.</param>
    public async Task SaveAsync(CancellationToken ct, Func<CancellationToken, Task>? withIds = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var writes = await DispatchAsync([], ct);
        await writes.WriteAsync(db, setBased: false, ct);
        await db.SaveChangesAsync(ct);
        if (withIds is not null)
        {
            await withIds(ct);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        writes.RunFollowUps();
    }

    /// <param name="untracked">Aggregates changed outside the change tracker whose events count too.</param>
    public async Task<EventWrites> DispatchAsync(IEnumerable<AggregateRoot> untracked, CancellationToken ct)
    {
        var aggregates = db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Concat(untracked).Distinct().ToList();
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        foreach (var aggregate in aggregates) aggregate.ClearDomainEvents();
        var writes = new EventWrites();
        if (events.Count == 0) return writes;
        foreach (var handler in handlers) await handler.HandleAsync(events, writes, ct);
        return writes;
    }
}
