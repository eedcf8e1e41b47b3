using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Brings our orders up to date with the ERP's sales-order feed: the ERP's number where the answer that
/// carried it was lost, and cancellations made in the ERP, which free the orders' commitments for other orders.</summary>
public sealed class ErpOrderStatusRecorder(CrmDbContext db, CommitmentTransaction commitments, TimeProvider time)
{
    public async Task RecordAsync(IReadOnlyList<ErpOrderStatus> statuses, CancellationToken ct)
    {
        var latest = statuses.GroupBy(s => s.OrderNumber).ToDictionary(g => g.Key, g => g.Last());
        var numbers = latest.Keys.ToList();
        var cancelled = latest.Values.Where(s => s.Status == ErpDeliveryStatus.Cancelled).Select(s => s.OrderNumber).ToList();
        db.ChangeTracker.Clear();
        await commitments.RunAsync(async work =>
        {
            // Most of the feed repeats what the CRM knows: only orders without the ERP's number, or cancelled there, are read.
            var orders = await db.SalesOrders
                .Include(o => o.Lines).ThenInclude(l => l.ScheduleLines)
                .AsSplitQuery()
                .Where(o => numbers.Contains(o.Number) && o.Status != SalesOrderStatus.Draft
                    && (o.ErpOrderNumber == null || (cancelled.Contains(o.Number) && !SalesOrder.UncommittedStatuses.Contains(o.Status))))
                .ToListAsync(ct);
            await work.LockAsync(orders.Where(o => cancelled.Contains(o.Number)).SelectMany(o => o.Lines).Select(l => new ProductKey(l.ItemNumber, l.Plant)));
            foreach (var order in orders) order.RecordErpStatus(latest[order.Number], time.GetUtcNow());
        }, ct);
    }
}
