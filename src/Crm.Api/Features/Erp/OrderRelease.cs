using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Erp;

internal static class OrderRelease
{
    /// <summary>Records that the ERP took the order, with its number when it gave one. The order may be changed by a
    /// user at the same moment: a stale read is read again.</summary>
    public static Task ReleaseOrderAsync(this CrmDbContext db, long orderId, string? erpNumber, CancellationToken ct) =>
        db.RetryAsync(async () =>
        {
            db.ChangeTracker.Clear();
            if (await db.SalesOrders.FirstOrDefaultAsync(o => o.Id == orderId, ct) is not { } order) return false;
            order.Released(erpNumber);
            await db.SaveChangesAsync(ct);
            return true;
        }, attempts: 5);
}
