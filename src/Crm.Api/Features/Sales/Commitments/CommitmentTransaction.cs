using Crm.Api.Infrastructure.DomainEvents;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Commitments;

/// <summary>The one place a change to commitments runs: it opens the transaction, lets the change load what it needs
/// and lock its products (<see cref="CommitmentWork.LockAsync"/>), dispatches the events the aggregates raised to
/// every <see cref="IDomainEventHandler"/>, saves, commits, and only then queues the follow-up jobs. A change that
/// met a newer version of a document is run again on a fresh read.</summary>
public sealed class CommitmentTransaction(CrmDbContext db, ProductLocks locks, UnitOfWork unitOfWork)
{
    /// <param name="setBased">The rows the events call for are written as a set: for changes to many orders at once.</param>
    public async Task<T> RunAsync<T>(Func<CommitmentWork, Task<T>> change, CancellationToken ct, bool setBased = false)
    {
        var (result, writes) = await db.RetryAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var work = new CommitmentWork(locks, ct);
            var value = await change(work);
            var writes = await unitOfWork.DispatchAsync(work.Untracked, ct);
            await writes.WriteAsync(db, setBased, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (value, writes);
        });
        db.ChangeTracker.Clear();
        writes.RunFollowUps();
        return result;
    }

    public Task RunAsync(Func<CommitmentWork, Task> change, CancellationToken ct) =>
        RunAsync(async work =>
        {
            await change(work);
            return true;
        }, ct);

    /// <summary>A change to one order: it is read with its commitments and its products are locked before the change runs.</summary>
    public Task<T> ChangeOrderAsync<T>(long orderId, Func<SalesOrder, Task<T>> change, CancellationToken ct) =>
        RunAsync(async work =>
        {
            var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
            await work.LockAsync(order.ActiveLines.Select(l => new ProductKey(l.ItemNumber, l.Plant)));
            return await change(order);
        }, ct);
}
