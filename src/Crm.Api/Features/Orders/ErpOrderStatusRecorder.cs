using Crm.Api.Features.Promises;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>Brings our orders up to date with the ERP's sales-order feed: the ERP's number where the answer that
/// carried it was lost, and cancellations made in the ERP, which free the orders' commitments for other orders.</summary>
public sealed class ErpOrderStatusRecorder(CrmDbContext db, ProductLocks locks, CommitmentChanges effects, TimeProvider time)
{
    public async Task RecordAsync(IReadOnlyList<ErpOrderStatus> statuses, CancellationToken ct)
    {
        var latest = statuses.GroupBy(s => s.OrderNumber).ToDictionary(g => g.Key, g => g.Last());
        var numbers = latest.Keys.ToList();
        var cancelled = latest.Values.Where(s => s.Status == ErpDeliveryStatus.Cancelled).Select(s => s.OrderNumber).ToList();
        var freed = await db.RetryAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Most of the feed repeats what the CRM knows: only orders without the ERP's number, or cancelled there, are read.
            var orders = await db.SalesOrders
                .Include(o => o.Lines).ThenInclude(l => l.ScheduleLines)
                .AsSplitQuery()
                .Where(o => numbers.Contains(o.Number) && o.Status != SalesOrderStatus.Draft
                    && (o.ErpOrderNumber == null || (cancelled.Contains(o.Number) && !SalesOrder.UncommittedStatuses.Contains(o.Status))))
                .ToListAsync(ct);
            var cancelling = orders.Where(o => cancelled.Contains(o.Number)).ToList();
            // Commitments are freed under their products' locks, like every other change to them.
            await locks.LockAsync(cancelling.SelectMany(o => o.Lines).Select(l => new ProductKey(l.ItemNumber, l.Plant)), ct);
            var any = false;
            foreach (var order in orders)
            {
                var changes = order.RecordErpStatus(latest[order.Number], time.GetUtcNow());
                // The ERP made the change: nothing goes back to it.
                await effects.RecordAsync(order, changes, RepromiseQueue.CommitmentsReleased, ct, tellErp: false);
                any |= changes.Count > 0;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return any;
        });
        db.ChangeTracker.Clear();
        if (freed) effects.CarryOn();
    }
}
