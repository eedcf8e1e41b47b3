using Crm.Api.Persistence;
using Crm.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Sales.Orders;

/// <summary>Orders confirmed while the ERP was out of reach are confirmed properly, oldest first, once it answers.</summary>
public sealed class RecheckProvisionalOrders(CrmDbContext db, IServiceScopeFactory scopes)
{
    /// <returns>How many provisional orders are now confirmed.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var provisional = await db.SalesOrders.AsNoTracking()
            .Where(o => o.Status == SalesOrderStatus.Provisional)
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync(ct);
        var confirmed = 0;
        foreach (var id in provisional)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ConfirmOrder>().HandleAsync(id.Value, ct);
            // Still provisional: the ERP is still away; the next run tries again.
            // Still provisional: the ERP is still out of reach, so the others would fare no better now.
            if (result.Status == nameof(SalesOrderStatus.Provisional)) break;
            confirmed++;
        }
        return confirmed;
    }
}
