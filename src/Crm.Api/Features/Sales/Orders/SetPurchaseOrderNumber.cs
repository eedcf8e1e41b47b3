using Crm.Api.Persistence;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>The customer's purchase order number, given or corrected until the order goes to the ERP.</summary>
public sealed class SetPurchaseOrderNumber(CrmDbContext db, UnitOfWork unitOfWork)
{
    public async Task HandleAsync(long orderId, string? number, CancellationToken ct)
    {
        var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
        order.SetPurchaseOrderNumber(number);
        await unitOfWork.SaveAsync(ct);
    }
}
