using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

public static class OrderRelease
{
    /// <summary>Records that the ERP took these orders, each with its number when it gave one. A user may change one of
    /// them at the same moment: the orders are read again and released again. An order cancelled meanwhile stays
    /// cancelled; its cancellation follows the creation to the ERP.</summary>
    public static Task ReleaseOrdersAsync(
        this CrmDbContext db, UnitOfWork unitOfWork, IReadOnlyDictionary<SalesOrderId, string?> erpNumbers, ILogger log, CancellationToken ct)
    {
        if (erpNumbers.Count == 0) return Task.CompletedTask;
        var ids = erpNumbers.Keys.ToList();
        return db.RetryAsync(async () =>
        {
            db.ChangeTracker.Clear();
            foreach (var order in await db.SalesOrders.Where(o => ids.Contains(o.Id)).ToListAsync(ct))
            {
                try
                {
                    order.Released(erpNumbers[order.Id]);
                }
                catch (DomainRuleException e)
                {
                    log.LogInformation("Order {Order} reached the ERP but stays {Status}: {Reason}", order.Number, order.Status, e.Message);
                }
            }
            await unitOfWork.SaveAsync(ct);
            db.ChangeTracker.Clear();
            return true;
        }, attempts: 5);
    }
}
