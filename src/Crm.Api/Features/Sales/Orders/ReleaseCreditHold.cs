using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>A manager lets an order on credit hold go; it reaches the ERP through the outbox, once.</summary>
public sealed class ReleaseCreditHold(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task HandleAsync(long orderId, string? reason, string by, CancellationToken ct)
    {
        var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
        order.ReleaseCreditHold(new ChangeContext(by, reason ?? "", time.GetUtcNow()));
        await unitOfWork.SaveAsync(ct);
    }
}
