using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Prices lines for a buyer (<see cref="PriceResolution"/>): the price lists that could apply are read in one
/// query, with only the breaks of the lines' items.</summary>
public sealed class LinePricing(CrmDbContext db)
{
    /// <param name="listPrices">Each item's list price in the ERP, the last resort.</param>
    public async Task<IReadOnlyList<ResolvedPrice>> PriceAsync(
        PriceContext buyer, IReadOnlyList<(string ItemNumber, decimal Quantity)> lines, IReadOnlyDictionary<string, decimal> listPrices, CancellationToken ct)
    {
        var items = lines.Select(l => l.ItemNumber).Distinct().ToList();
        var (customer, group, day) = (buyer.Customer, buyer.CustomerGroup, buyer.Day);
        var lists = await db.PriceLists.AsNoTracking()
            .Include(l => l.Lines.Where(b => items.Contains(b.ItemNumber)))
            .Where(l => l.Currency == buyer.Currency && l.ValidFrom <= day && (l.ValidTo == null || l.ValidTo >= day)
                && (l.CustomerNumber == customer || l.CustomerGroup == group || (l.CustomerNumber == null && l.CustomerGroup == null))
                && l.Lines.Any(b => items.Contains(b.ItemNumber)))
            .ToListAsync(ct);
        return [.. lines.Select(l => PriceResolution.Resolve(lists, buyer, l.ItemNumber, l.Quantity, listPrices.GetValueOrDefault(l.ItemNumber)))];
    }
}
