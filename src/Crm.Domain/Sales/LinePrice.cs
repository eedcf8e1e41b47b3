using Crm.Domain.Catalog;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <summary>What a line sells at: the unit price, where it came from and the discount in effect, as quoted and as
/// ordered.</summary>
public sealed record LinePrice
{
    public static readonly LinePrice None = new(0, 0);

    public LinePrice(decimal unitPrice, decimal discountPercent, PriceSource source = PriceSource.Manual, PriceListId? priceListId = null)
    {
        if (unitPrice < 0)
            throw new DomainRuleException("price.negative", "A unit price cannot be negative.", "unitPrice");
        if (discountPercent is < 0 or > 100)
            throw new DomainRuleException("discount.range", "A discount is 0 to 100 percent.", "discountPercent");
        UnitPrice = unitPrice;
        DiscountPercent = discountPercent;
        Source = source;
        PriceListId = priceListId;
    }

    public decimal UnitPrice { get; }

    public decimal DiscountPercent { get; }

    public PriceSource Source { get; }

    /// <summary>The price list the price came from, when it did.</summary>
    public PriceListId? PriceListId { get; }

    /// <summary>The same price and source with another discount.</summary>
    public LinePrice WithDiscount(decimal discountPercent) => new(UnitPrice, discountPercent, Source, PriceListId);

    /// <summary>Rounded to the currency's minor unit (<see cref="MoneyRounding"/>).</summary>
    public decimal NetAmount(decimal quantity, string? currency) => MoneyRounding.Round(quantity * UnitPrice * (1 - DiscountPercent / 100m), currency);
}
