namespace Crm.Domain.Promising;

public enum SupplyKind { OnHand, ProductionOrder, PurchaseOrder }

/// <summary>Where a piece of supply comes from, so a promise can say what covers it.</summary>
public sealed record SupplySource(SupplyKind Kind, string? Reference = null)
{
    public static readonly SupplySource OnHand = new(SupplyKind.OnHand);
}
