using Crm.Api.Features.Sales.Commitments;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Brings orders up to date with the ERP's deliveries and invoices: shipped quantities per line, the schedule
/// lines that shipped goods no longer need, and the status (PartiallyShipped, Shipped, Invoiced).</summary>
public sealed class ShipmentRecorder(CrmDbContext db, CommitmentTransaction commitments)
{
    /// <param name="store">Stores the page of deliveries or invoices; it runs in the same transaction, so that the
    /// documents and the orders they move are never seen apart.</param>
    public Task RecordAsync(Func<Task> store, IReadOnlyCollection<string> orderNumbers, CancellationToken ct) =>
        commitments.RunAsync(async work =>
        {
            await store();
            var orders = await db.SalesOrders
                .Include(o => o.Lines).ThenInclude(l => l.ScheduleLines)
                .AsSplitQuery()
                .Where(o => orderNumbers.Contains(o.Number) && o.Status != SalesOrderStatus.Draft)
                .ToListAsync(ct);
            if (orders.Count == 0) return;
            await work.LockAsync(orders.SelectMany(o => o.Lines).Select(l => new ProductKey(l.ItemNumber, l.Plant)));
            var numbers = orders.Select(o => o.Number).ToList();
            // Summed here, not in SQL: SQLite cannot sum decimals, and an order has few deliveries.
            var delivered = (await db.Deliveries.AsNoTracking().Where(d => numbers.Contains(d.OrderNumber))
                    .Select(d => new { d.OrderNumber, d.LineNumber, d.Quantity }).ToListAsync(ct))
                .ToLookup(d => d.OrderNumber);
            var invoiced = (await db.Invoices.AsNoTracking().Where(i => numbers.Contains(i.OrderNumber)).Select(i => i.OrderNumber).ToListAsync(ct))
                .ToHashSet();
            foreach (var order in orders)
            {
                var shipped = delivered[order.Number].GroupBy(d => d.LineNumber).ToDictionary(g => g.Key, g => g.Sum(d => d.Quantity));
                order.RecordShipments(shipped, invoiced.Contains(order.Number));
            }
        }, ct);
}
