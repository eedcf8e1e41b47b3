namespace Crm.Domain.Promising;

/// <summary>Quantity already committed for a material availability date.</summary>
public readonly record struct DemandEvent(DateOnly Date, decimal Quantity);
