using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Commitments;

/// <summary>The write door's variant for commitments: inside the door's transaction it lets the change load what it
/// needs and lock its products (<see cref="CommitmentWork.LockAsync"/>), then the door dispatches the events, saves,
/// commits and runs the follow-ups. A change that met a newer version of a document is run again on a fresh read.</summary>
public sealed class CommitmentTransaction(CrmDbContext db, ProductLocks locks, UnitOfWork unitOfWork)
{
    /// <param name="setBased">The rows the events call for are written as a set: for changes to many orders at once.</param>
    public async Task<T> RunAsync<T>(Func<CommitmentWork, Task<T>> change, CancellationToken ct, bool setBased = false)
    {
        var result = await db.RetryAsync(() => unitOfWork.InTransactionAsync(async () =>
        {
            var work = new CommitmentWork(locks, ct);
            var value = await change(work);
            await unitOfWork.FlushAsync(work.Untracked, setBased, ct);
            return value;
        }, ct));
        db.ChangeTracker.Clear();
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
