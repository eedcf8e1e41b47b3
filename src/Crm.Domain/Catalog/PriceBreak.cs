namespace Crm.Domain.Catalog;

/// <summary>A price list's price for an item from a quantity on (a volume break).</summary>
public sealed class PriceBreak
{
    private PriceBreak()
    {
        ItemNumber = "";
    }

    internal PriceBreak(string itemNumber, decimal minQuantity, decimal unitPrice)
    {
        ItemNumber = itemNumber;
        MinQuantity = minQuantity;
        UnitPrice = unitPrice;
    }

    public string ItemNumber { get; private set; }

    public decimal MinQuantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    internal void Reprice(decimal unitPrice) => UnitPrice = unitPrice;
}

/// <summary>One line of a price list as given: item, from which quantity, at which price.</summary>
public sealed record PriceBreakInput(string ItemNumber, decimal MinQuantity, decimal UnitPrice);
