using Crm.Domain.Common;

namespace Crm.Domain.Sales;

public sealed record QuoteLineInput(ItemNumber Item, string Plant, Quantity Quantity, decimal UnitPrice, decimal DiscountPercent, bool CompleteDelivery);

public sealed class QuoteLine
{
    private QuoteLine()
    {
        ItemNumber = Plant = "";
    }

    internal QuoteLine(int lineNumber, QuoteLineInput input)
    {
        if (input.UnitPrice < 0)
            throw new DomainRuleException("price.negative", "A unit price cannot be negative.", "unitPrice");
        if (input.DiscountPercent is < 0 or > 100)
            throw new DomainRuleException("discount.range", "A discount is 0 to 100 percent.", "discountPercent");
        LineNumber = lineNumber;
        ItemNumber = input.Item.Value;
        Plant = input.Plant;
        Quantity = input.Quantity.Value;
        UnitPrice = input.UnitPrice;
        DiscountPercent = input.DiscountPercent;
        CompleteDelivery = input.CompleteDelivery;
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public bool CompleteDelivery { get; private set; }

    public decimal NetAmount => Math.Round(Quantity * UnitPrice * (1 - DiscountPercent / 100m), 2);
}
