using System.Security.Claims;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales.Repromising;

/// <summary>The customer has been told that a line's promise moved: the line leaves the at-risk list. Only whoever
/// sees the order on that list may say so.</summary>
public sealed class AcknowledgeRisk(CrmDbContext db)
{
    /// <returns>False when the order is another rep's.</returns>
    public async Task<bool> HandleAsync(long orderId, int lineNumber, ClaimsPrincipal user, CancellationToken ct) =>
        await db.RetryAsync(async () =>
        {
            var order = await db.SalesOrders.WithCommitmentsAsync(new SalesOrderId(orderId), ct);
            // Ownership first: another rep learns nothing about the order's lines.
            if (!user.WorksOn(order.CreatedBy)) return false;
            if (order.Lines.All(l => l.LineNumber != lineNumber)) throw new NotFoundException($"Line of order {order.Number}", lineNumber);
            order.AcknowledgeRisk(lineNumber);
            await db.SaveChangesAsync(ct);
            return true;
        });
}
