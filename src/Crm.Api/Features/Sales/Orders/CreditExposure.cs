using Crm.Api.Features.Accounts;
using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>What confirming an order needs to know of its customer, in one round trip: whether it wants its PO number
/// on every order, and the credit check — its confirmed orders not yet invoiced and unpaid invoices, plus this order,
/// against its credit limit.</summary>
public sealed class CreditExposure(CrmDbContext db)
{
    /// <summary>Orders whose value the customer owes once delivered: promised, not yet invoiced.</summary>
    public static readonly SalesOrderStatus[] OnCredit =
    [
        SalesOrderStatus.Confirmed, SalesOrderStatus.Provisional, SalesOrderStatus.CreditHold, SalesOrderStatus.Released,
        SalesOrderStatus.InProduction, SalesOrderStatus.PartiallyShipped, SalesOrderStatus.Shipped,
    ];

    public sealed record Standing(bool RequiresPurchaseOrderNumber, CreditCheck Credit);

    public async Task<Standing> CheckAsync(SalesOrder order, CancellationToken ct)
    {
        var (customer, id) = (order.CustomerNumber, order.Id);
        var standing = await db.Accounts.AsNoTracking().Buying(customer)
            .Select(c => new
            {
                c.CreditLimit, c.Currency, c.RequiresPurchaseOrderNumber,
                OpenOrders = db.SalesOrders.Where(o => o.CustomerNumber == customer && o.Id != id && OnCredit.Contains(o.Status))
                    .Sum(o => (decimal?)o.NetTotal) ?? 0m,
                OpenInvoices = db.Invoices.Where(i => !i.Paid && db.SalesOrders.Any(o => o.CustomerNumber == customer && o.Number == i.OrderNumber))
                    .Sum(i => (decimal?)i.Amount) ?? 0m,
            })
            .FirstAsync(ct);
        return new Standing(standing.RequiresPurchaseOrderNumber,
            new CreditCheck(standing.CreditLimit, standing.OpenOrders, standing.OpenInvoices, order.NetTotal, standing.Currency));
    }
}
