using Crm.Domain.Catalog;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

/// <param name="ReferencePrice">The price the customer gets without the rep's say: its price list's, or the ERP list
/// price. Discounts are measured against it.</param>
/// <param name="Optional">Offered for the buyer to choose: not in the quote's total until chosen.</param>
public sealed record QuoteLineInput(
    ItemNumber Item, string Plant, Quantity Quantity, LinePrice Price, bool CompleteDelivery, decimal ReferencePrice, bool Optional = false);

public sealed class QuoteLine
{
    private List<PromisedDelivery> _promisedDeliveries = [];

    private QuoteLine()
    {
        ItemNumber = Plant = Currency = "";
    }

    internal QuoteLine(int lineNumber, QuoteLineInput input, decimal headerDiscountPercent, string currency)
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
        Optional = input.Optional;
        HeaderDiscountPercent = headerDiscountPercent;
        Currency = currency;
        NetAmount = SoldPrice.NetAmount(Quantity, currency);
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>The line's own discount.</summary>
    public decimal DiscountPercent { get; private set; }

    /// <summary>The quote's discount on every line, on top of the line's own.</summary>
    public decimal HeaderDiscountPercent { get; private set; }

    public PriceSource PriceSource { get; private set; }

    public PriceListId? PriceListId { get; private set; }

    public bool CompleteDelivery { get; private set; }

    public decimal ReferencePrice { get; private set; }

    public bool Optional { get; private set; }

    /// <summary>An optional line the buyer chose when accepting.</summary>
    public bool Chosen { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The line's amount after both discounts, rounded once by the money rule and kept: every total, list and
    /// document adds these.</summary>
    public decimal NetAmount { get; private set; }

    /// <summary>What the last availability check could promise of the line (tentative: nothing is reserved).</summary>
    public decimal? PromisedQuantity { get; private set; }

    /// <summary>When the last of that would arrive.</summary>
    public DateOnly? PromisedDeliveryDate { get; private set; }

    /// <summary>The deliveries of the last check, in date order.</summary>
    public IReadOnlyList<PromisedDelivery> PromisedDeliveries => _promisedDeliveries;

    /// <summary>The order line this one became, when the quote converted and the line was ordered.</summary>
    public int? OrderLineNumber { get; private set; }

    internal void Promised(QuoteLinePromise promise)
    {
        _promisedDeliveries = [.. promise.Deliveries.OrderBy(d => d.DeliveryDate)];
        (PromisedQuantity, PromisedDeliveryDate) = (promise.Confirmed, promise.LastDelivery);
    }

    internal void Ordered(int orderLineNumber) => OrderLineNumber = orderLineNumber;

    internal void Choose(bool chosen) => Chosen = Optional && chosen;

    /// <summary>Both discounts as one, as the order carries it: 10 % and then 5 % is 14.5 %.</summary>
    public decimal CombinedDiscountPercent => 100m - (100m - DiscountPercent) * (100m - HeaderDiscountPercent) / 100m;

    /// <summary>The price the customer buys the line at, both discounts taken.</summary>
    public LinePrice SoldPrice => Price.WithDiscount(CombinedDiscountPercent);

    /// <summary>The unit price after both discounts.</summary>
    public decimal NetUnitPrice => UnitPrice * (1 - CombinedDiscountPercent / 100m);

    /// <summary>The line at its own discount, before the quote's: what the quote's discount is taken from.</summary>
    public decimal AmountBeforeHeaderDiscount => Price.NetAmount(Quantity, Currency);

    /// <summary>How far below its reference price the line sells, in percent (a typed price counts as a discount).</summary>
    public decimal EffectiveDiscountPercent => ReferencePrice <= 0 ? 0 : Math.Round((1 - NetUnitPrice / ReferencePrice) * 100m, 2);

    /// <summary>The line at its reference price.</summary>
    public decimal ReferenceAmount => MoneyRounding.Round(Quantity * ReferencePrice, Currency);

    public QuoteLineInput ToInput() =>
        new(new ItemNumber(ItemNumber), Plant, new Quantity(Quantity), Price, CompleteDelivery, ReferencePrice, Optional);

    /// <summary>The line's own price and discount, as the rep set them.</summary>
    public LinePrice Price => new(UnitPrice, DiscountPercent, PriceSource, PriceListId);
}
