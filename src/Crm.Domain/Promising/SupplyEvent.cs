namespace Crm.Domain.Promising;

/// <summary>Quantity that becomes available on a date.</summary>
public sealed record SupplyEvent(DateOnly Date, decimal Quantity, SupplySource Source);
