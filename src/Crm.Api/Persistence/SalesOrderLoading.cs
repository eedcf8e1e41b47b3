using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

public static class SalesOrderLoading
{
    /// <summary>The shadow foreign keys that tie a line to its order and a schedule line to its line.</summary>
    public const string OrderKey = "SalesOrderId", LineKey = "SalesOrderLineId";

    /// <summary>The order with its lines and their schedule lines, in one query (an order has a few lines with a few
    /// schedule lines each, so the joined rows stay few); 404 when there is none.</summary>
    public static async Task<SalesOrder> WithCommitmentsAsync(this IQueryable<SalesOrder> orders, SalesOrderId id, CancellationToken ct) =>
        await orders.FindWithCommitmentsAsync(id, ct) ?? throw new NotFoundException("Sales order", id);

    public static Task<SalesOrder?> FindWithCommitmentsAsync(this IQueryable<SalesOrder> orders, SalesOrderId id, CancellationToken ct) =>
        orders.Include(o => o.Lines).ThenInclude(l => l.ScheduleLines).AsSingleQuery().FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>Orders whose lines are open commitments, for backorder processing to weigh again. Written as "not one
    /// of the other statuses" on purpose: that cannot use the status index, so PostgreSQL reaches the orders from the
    /// products' lines whatever its statistics say. With "status in (...)" and statistics taken before a burst of
    /// confirmations, it started from "the few" committed orders and read them all (66 ms instead of 1.5 ms when
    /// confirmations still read demand this way).</summary>
    public static IQueryable<SalesOrder> Committed(this IQueryable<SalesOrder> orders) =>
        orders.Where(o => !SalesOrder.UncommittedStatuses.Contains(o.Status));
}
