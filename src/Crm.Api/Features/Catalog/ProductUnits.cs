using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

public static class ProductUnits
{
    /// <summary>The unit an item is sold in, which decides how many decimals its quantities may have.</summary>
    public static async Task<UnitOfMeasure> UnitOfAsync(this CrmDbContext db, string itemNumber, CancellationToken ct) =>
        new(await db.Products.Where(p => p.ItemNumber == itemNumber).Select(p => p.BaseUnit).FirstOrDefaultAsync(ct) ?? "");
}
