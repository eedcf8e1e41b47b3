using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>The ERP created a prospect as its customer: the prospect's quotes and waiting orders take its number, and
/// the orders already confirmed go to the ERP now (<c>OrderCustomerNumbered</c>, in the same transaction).</summary>
public sealed class NumberProspectOrders(CrmDbContext db, UnitOfWork unitOfWork)
{
    public async Task HandleAsync(string reference, CustomerNumber number, CancellationToken ct)
    {
        var waiting = new CustomerNumber(reference);
        var quotes = await db.Quotes.Where(q => q.AwaitsCustomerNumber && q.CustomerNumber == waiting).ToListAsync(ct);
        foreach (var quote in quotes) quote.CustomerCreatedInErp(number);
        if (quotes.Count > 0) await unitOfWork.SaveAsync(ct);
        var ids = await db.SalesOrders.Where(o => o.AwaitsCustomerNumber && o.CustomerNumber == waiting).Select(o => o.Id).ToListAsync(ct);
        if (ids.Count == 0) return;
        await db.RetryAsync(async () =>
        {
            db.ChangeTracker.Clear();
            foreach (var id in ids)
            {
                var order = await db.SalesOrders.WithCommitmentsAsync(id, ct);
                if (order.AwaitsCustomerNumber) order.CustomerCreatedInErp(number);
            }
            await unitOfWork.SaveAsync(ct);
            return true;
        }, attempts: 5);
        db.ChangeTracker.Clear();
    }
}
