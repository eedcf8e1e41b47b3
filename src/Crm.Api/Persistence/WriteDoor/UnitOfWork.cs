using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

/// <summary>
/// The one write door. A save dispatches the domain events of every tracked aggregate to the handlers that take them,
/// writes the rows they ask for, saves and commits in one transaction, and only then runs their follow-ups (a job
/// queued before the commit could run before the change is visible). Features never call SaveChanges or begin a
/// transaction themselves; an architecture test holds that.
/// </summary>
/// <remarks>The door is the only caller of SaveChanges rather than an interceptor: handlers read the database (the
/// outbox, the deal of a quote) and write rows of their own, which an interceptor inside SaveChanges could only do by
/// saving again from within the save.</remarks>
public sealed class UnitOfWork(CrmDbContext db, IServiceProvider services)
{
    private List<Action>? _followUps;

    // Resolved when first needed: handlers use features that save through this door themselves.
    private IReadOnlyList<IDomainEventHandler>? _handlers;

    /// <param name="withIds">Adds rows that need the ids this save assigns (a new case's files, a new contact's match
    /// keys), saved in the same transaction.</param>
    public Task SaveAsync(CancellationToken ct, Func<CancellationToken, Task>? withIds = null) =>
        InTransactionAsync(async () =>
        {
            await FlushAsync([], setBased: false, ct);
            if (withIds is null) return true;
            await withIds(ct);
            await FlushAsync([], setBased: false, ct);
            return true;
        }, ct);

    /// <summary>Stores a new document and gives it its number, made from the id the database assigns, in one
    /// transaction (the surrounding one, when there is one). <paramref name="alongside"/> adds what is stored with it
    /// (an idempotency record, the quote it was converted from).</summary>
    public Task SaveNewAsync<T>(T document, Action assignNumber, Action<T>? alongside, CancellationToken ct) where T : class =>
        InTransactionAsync(async () =>
        {
            db.Add(document);
            await FlushAsync([], setBased: false, ct);
            assignNumber();
            alongside?.Invoke(document);
            await FlushAsync([], setBased: false, ct);
            return true;
        }, ct);

    /// <summary>Runs <paramref name="work"/> in one transaction: every save inside it joins, and it commits when the
    /// work returns (what the work changed but did not save through the door is not saved). Inside another unit it
    /// joins that one.</summary>
    /// <param name="keep">Says whether the result is kept: when it says no (the duplicates that stop a lead's
    /// conversion halfway), everything the work saved is rolled back.</param>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct, Func<T, bool>? keep = null)
    {
        if (_followUps is not null) return await work();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        _followUps = [];
        try
        {
            var result = await work();
            if (keep?.Invoke(result) == false)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return result;
            }
            await transaction.CommitAsync(ct);
            var followUps = _followUps;
            _followUps = null;
            foreach (var followUp in followUps) followUp();
            return result;
        }
        finally
        {
            _followUps = null;
        }
    }

    /// <summary>Dispatches and saves what is pending inside the current transaction, without committing.</summary>
    /// <param name="untracked">Aggregates changed outside the change tracker whose events count too.</param>
    /// <param name="setBased">The rows the events call for go in as a set (binary COPY on PostgreSQL), for units that
    /// write many.</param>
    public async Task FlushAsync(IEnumerable<AggregateRoot> untracked, bool setBased, CancellationToken ct)
    {
        if (_followUps is null) throw new InvalidOperationException("A flush belongs inside the door's transaction.");
        // Handlers may change aggregates that raise events of their own (a converted quote wins its deal): dispatch
        // until nothing new is raised.
        var pending = untracked.ToList();
        for (var round = 0; ; round++)
        {
            var writes = await DispatchAsync(pending, ct);
            pending = [];
            if (writes is null) break;
            if (round == 8) throw new InvalidOperationException("Domain events keep raising each other.");
            await writes.WriteAsync(db, setBased, ct);
            _followUps.AddRange(writes.FollowUps);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<EventWrites?> DispatchAsync(IEnumerable<AggregateRoot> untracked, CancellationToken ct)
    {
        // Events live on the aggregates themselves, and every tracked one is known without scanning for changes: the
        // scan is the save's to make, once.
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        List<AggregateRoot> aggregates;
        try
        {
            aggregates = db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Concat(untracked).Distinct().ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
        var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
        if (events.Count == 0) return null;
        foreach (var aggregate in aggregates) aggregate.ClearDomainEvents();
        var writes = new EventWrites();
        foreach (var handler in _handlers ??= [.. services.GetServices<IDomainEventHandler>()])
        {
            var taken = events.Where(e => handler.Handles.Contains(e.GetType())).ToList();
            if (taken.Count > 0) await handler.HandleAsync(taken, writes, ct);
        }
        return writes;
    }
}
