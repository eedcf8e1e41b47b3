using Crm.Domain.Catalog;
using Crm.Domain.Common;

namespace Crm.Domain.Sales;

public sealed record QuoteLineInput(ItemNumber Item, string Plant, Quantity Quantity, LinePrice Price, bool CompleteDelivery);

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

    public LinePrice Price => new(UnitPrice, DiscountPercent, PriceSource, PriceListId);

    public decimal NetAmount => Price.NetAmount(Quantity);
}
