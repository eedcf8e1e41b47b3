using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Price lists for everyone and for customer groups are open to all; a customer's own list only to who sees
/// the customer.</summary>
public sealed class PriceListQueries(CrmDbContext db)
{
    /// <param name="validOn">Only lists valid on that day.</param>
    /// <param name="item">Only lists with a price for that item.</param>
    public Task<PagedResult<PriceListSummary>> ListAsync(
        string? search, string? customerNumber, string? customerGroup, string? item, DateOnly? validOn, Viewer viewer, int? page, int? pageSize,
        CancellationToken ct)
    {
        var lists = Visible(viewer);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Containing(search.Trim().ToUpperInvariant());
            lists = lists.Where(l => EF.Functions.Like(l.Name.ToUpper(), pattern, SearchPattern.Escape));
        }
        if (CustomerNumber.TryFrom(customerNumber) is { } customer) lists = lists.Where(l => l.CustomerNumber == customer);
        if (!string.IsNullOrWhiteSpace(customerGroup)) lists = lists.Where(l => l.CustomerGroup == customerGroup.Trim());
        if (!string.IsNullOrWhiteSpace(item)) lists = lists.Where(l => l.Lines.Any(b => b.ItemNumber == item.Trim()));
        if (validOn is { } day) lists = lists.Where(l => l.ValidFrom <= day && (l.ValidTo == null || l.ValidTo >= day));
        return lists.OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Select(l => new PriceListSummary(
                l.Id.Value, l.Name, l.Currency,
                l.CustomerNumber != null ? nameof(PriceSource.CustomerPriceList) : l.CustomerGroup != null ? nameof(PriceSource.GroupPriceList) : nameof(PriceSource.GeneralPriceList),
                l.CustomerNumber == null ? null : l.CustomerNumber.Value, l.CustomerGroup, l.ValidFrom, l.ValidTo, l.Lines.Count))
            .PageAsync(page, pageSize, ct);
    }

    public async Task<PriceListResponse?> FindAsync(long id, Viewer viewer, CancellationToken ct)
    {
        var listId = new PriceListId(id);
        if (await Visible(viewer).Include(l => l.Lines).FirstOrDefaultAsync(l => l.Id == listId, ct) is not { } list) return null;
        var items = list.Lines.Select(l => l.ItemNumber).Distinct().ToList();
        var descriptions = await db.Products.AsNoTracking().Where(p => items.Contains(p.ItemNumber)).ToDictionaryAsync(p => p.ItemNumber, p => p.Description, ct);
        var customerName = list.CustomerNumber is { } number
            ? await db.CustomerNameAsync(number, ct)
            : null;
        return new PriceListResponse(
            list.Id.Value, list.Name, list.Currency, list.Scope.ToString(), list.CustomerNumber?.Value, customerName, list.CustomerGroup,
            list.ValidFrom, list.ValidTo,
            [.. list.Lines.OrderBy(l => l.ItemNumber).ThenBy(l => l.MinQuantity)
                .Select(l => new PriceListLineResponse(l.ItemNumber, descriptions.GetValueOrDefault(l.ItemNumber), l.MinQuantity, l.UnitPrice))]);
    }

    private IQueryable<PriceList> Visible(Viewer viewer)
    {
        var customers = db.CustomerNumbersVisibleTo(viewer);
        return db.PriceLists.AsNoTracking().Where(l => l.CustomerNumber == null || customers.Contains(l.CustomerNumber));
    }
}
