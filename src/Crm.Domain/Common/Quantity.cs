namespace Crm.Domain.Common;

/// <summary>A strictly positive ordered quantity in the item's base unit.</summary>
public sealed record Quantity
{
    public Quantity(decimal value, string field = "quantity")
    {
        if (value <= 0)
            throw new DomainRuleException("quantity.not_positive", "A quantity must be greater than zero.", field);
        if (value > 1_000_000_000m)
            throw new DomainRuleException("quantity.too_large", "A quantity must be at most 1,000,000,000.", field);
        Value = value;
    }

    public decimal Value { get; }

    public static implicit operator decimal(Quantity quantity) => quantity.Value;
}
