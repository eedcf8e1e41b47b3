using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>The credit check at confirmation: the customer's confirmed orders not yet invoiced and unpaid invoices,
/// plus this order, against its credit limit.</summary>
public sealed class CreditExposure(CrmDbContext db)
{
    /// <summary>Orders whose value the customer owes once delivered: promised, not yet invoiced.</summary>
    public static readonly SalesOrderStatus[] OnCredit =
    [
        SalesOrderStatus.Confirmed, SalesOrderStatus.Provisional, SalesOrderStatus.CreditHold, SalesOrderStatus.Released,
        SalesOrderStatus.InProduction, SalesOrderStatus.PartiallyShipped, SalesOrderStatus.Shipped,
    ];

    public async Task<CreditCheck> CheckAsync(SalesOrder order, CancellationToken ct)
    {
        var customer = order.CustomerNumber;
        var limit = await db.Customers.AsNoTracking().Where(c => c.CustomerNumber == customer)
            .Select(c => new { c.CreditLimit, c.Currency }).FirstAsync(ct);
        var openOrders = await db.SalesOrders.AsNoTracking()
            .Where(o => o.CustomerNumber == customer && o.Id != order.Id && OnCredit.Contains(o.Status))
            .SelectMany(o => o.Lines).Where(l => !l.Cancelled)
            .SumAsync(l => l.Quantity * l.UnitPrice * (1 - l.DiscountPercent / 100m), ct);
        var orderNumbers = db.SalesOrders.Where(o => o.CustomerNumber == customer).Select(o => o.Number);
        var openInvoices = await db.Invoices.AsNoTracking().Where(i => !i.Paid && orderNumbers.Contains(i.OrderNumber)).SumAsync(i => i.Amount, ct);
        return new CreditCheck(limit.CreditLimit, Math.Round(openOrders, 2), openInvoices, order.NetTotal, limit.Currency);
    }
}
