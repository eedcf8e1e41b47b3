using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>The customer has been told that a line's promise moved: the line leaves the at-risk list. Only whoever
/// sees the order may say so (the route answers 404 to anyone else).</summary>
public sealed class AcknowledgeRisk(CrmDbContext db, UnitOfWork unitOfWork)
{
    public Task HandleAsync(long orderId, int lineNumber, CancellationToken ct) =>
        db.RetryAsync(async () =>
        {
            var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
            if (order.Lines.All(l => l.LineNumber != lineNumber)) throw new NotFoundException($"Line of order {order.Number}", lineNumber);
            order.AcknowledgeRisk(lineNumber);
            await unitOfWork.SaveAsync(ct);
            return true;
        });
}
