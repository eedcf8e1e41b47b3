namespace Crm.Domain.Catalog;

/// <summary>Who is buying, and when, as pricing needs it.</summary>
public sealed record PriceContext(Common.CustomerNumber Customer, string CustomerGroup, string Currency, DateOnly Day);

/// <summary>A line's unit price and where it came from.</summary>
public sealed record ResolvedPrice(decimal UnitPrice, PriceSource Source, PriceListId? PriceListId = null);

/// <summary>The price of a line: the customer's price list, else its group's, else the general one, else the ERP's
/// list price. Only lists in the customer's currency and valid on the day count; of two lists of one scope the one that
/// started later wins. Within a list the break with the highest minimum at or below the quantity applies; a list
/// without such a break for the item leaves the line to the next scope.</summary>
public static class PriceResolution
{
    public static ResolvedPrice Resolve(
        IEnumerable<PriceList> lists, PriceContext buyer, string itemNumber, decimal quantity, decimal erpListPrice)
    {
        var applicable = lists
            .Where(l => l.IsValidOn(buyer.Day) && l.Currency == buyer.Currency && Covers(l, buyer))
            .OrderBy(l => l.Scope).ThenByDescending(l => l.ValidFrom).ThenByDescending(l => l.Id.Value);
        foreach (var list in applicable)
            if (list.PriceFor(itemNumber, quantity) is { } price) return new ResolvedPrice(price, list.Scope, list.Id);
        return new ResolvedPrice(erpListPrice, PriceSource.ErpListPrice);
    }

    private static bool Covers(PriceList list, PriceContext buyer) => list.Scope switch
    {
        PriceSource.CustomerPriceList => list.CustomerNumber == buyer.Customer,
        PriceSource.GroupPriceList => list.CustomerGroup == buyer.CustomerGroup,
        _ => true,
    };
}
