namespace Crm.Domain.Promising;

public enum SupplyKind
{
    OnHand,
    ProductionOrder,
    PurchaseOrder,

    /// <summary>Not in any ERP document yet: the plant makes or buys it within the replenishment lead time.</summary>
    Replenishment,
}

/// <summary>Where a piece of supply comes from, so a promise can say what covers it.</summary>
public sealed record SupplySource(SupplyKind Kind, string? Reference = null)
{
    public static readonly SupplySource OnHand = new(SupplyKind.OnHand);

    public static readonly SupplySource Replenishment = new(SupplyKind.Replenishment);
}
