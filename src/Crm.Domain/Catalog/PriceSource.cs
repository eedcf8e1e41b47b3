namespace Crm.Domain.Catalog;

/// <summary>Where a line's unit price came from, most specific first.</summary>
public enum PriceSource
{
    /// <summary>The rep typed the price.</summary>
    Manual,
    CustomerPriceList,
    GroupPriceList,
    GeneralPriceList,
    /// <summary>The item's list price in the ERP: no price list had the item for this customer and quantity.</summary>
    ErpListPrice,
}
