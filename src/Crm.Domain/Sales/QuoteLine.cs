using Crm.Domain.Catalog;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <param name="ReferencePrice">The price the customer gets without the rep's say: its price list's, or the ERP list
/// price. Discounts are measured against it.</param>
public sealed record QuoteLineInput(ItemNumber Item, string Plant, Quantity Quantity, LinePrice Price, bool CompleteDelivery, decimal ReferencePrice);

public sealed class QuoteLine
{
    private QuoteLine()
    {
        ItemNumber = Plant = "";
    }

    internal QuoteLine(int lineNumber, QuoteLineInput input)
    {
        var price = input.Price;
        LineNumber = lineNumber;
        ItemNumber = input.Item.Value;
        Plant = input.Plant;
        Quantity = input.Quantity.Value;
        UnitPrice = price.UnitPrice;
        DiscountPercent = price.DiscountPercent;
        PriceSource = price.Source;
        PriceListId = price.PriceListId;
        CompleteDelivery = input.CompleteDelivery;
        ReferencePrice = input.ReferencePrice;
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public PriceSource PriceSource { get; private set; }

    public PriceListId? PriceListId { get; private set; }

    public bool CompleteDelivery { get; private set; }

    public decimal ReferencePrice { get; private set; }

    /// <summary>What the last availability check could promise of the line (tentative: nothing is reserved).</summary>
    public decimal? PromisedQuantity { get; private set; }

    /// <summary>When the last of that would arrive.</summary>
    public DateOnly? PromisedDeliveryDate { get; private set; }

    internal void Promised(decimal quantity, DateOnly? lastDelivery) => (PromisedQuantity, PromisedDeliveryDate) = (quantity, lastDelivery);

    /// <summary>The unit price after the line's discount.</summary>
    public decimal NetUnitPrice => UnitPrice * (1 - DiscountPercent / 100m);

    /// <summary>How far below its reference price the line sells, in percent (a typed price counts as a discount).</summary>
    public decimal EffectiveDiscountPercent => ReferencePrice <= 0 ? 0 : Math.Round((1 - NetUnitPrice / ReferencePrice) * 100m, 2);

    /// <summary>The line at its reference price.</summary>
    public decimal ReferenceAmount => Math.Round(Quantity * ReferencePrice, 2);

    public QuoteLineInput ToInput() =>
        new(new ItemNumber(ItemNumber), Plant, new Quantity(Quantity), Price, CompleteDelivery, ReferencePrice);

    public LinePrice Price => new(UnitPrice, DiscountPercent, PriceSource, PriceListId);

    public decimal NetAmount => Price.NetAmount(Quantity);
}
