using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Orders;

/// <summary>Every change to the commitments of a product runs under that product's lock, taken inside the caller's
/// transaction and held until it ends.</summary>
public sealed class ProductLocks(CrmDbContext db)
{
    /// <summary>Bumps each product's guard row in a fixed order: the row locks serialise promises of the same product
    /// across processes, and the fixed order rules out deadlocks between orders with several products.</summary>
    public async Task LockAsync(IEnumerable<ProductKey> products, CancellationToken ct)
    {
        foreach (var key in products.Distinct().OrderBy(k => k.ItemNumber, StringComparer.Ordinal).ThenBy(k => k.Plant, StringComparer.Ordinal))
        {
            await db.AtpGuards
                .Where(g => g.ItemNumber == key.ItemNumber && g.Plant == key.Plant)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.Version, g => g.Version + 1), ct);
        }
    }
}
