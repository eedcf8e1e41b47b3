namespace Crm.Domain.Common;

/// <summary>A strictly positive ordered quantity in the item's base unit.</summary>
public sealed record Quantity
{
    public const decimal Maximum = 1_000_000_000m;

    /// <summary>As many decimals as any unit may have, and as the database keeps.</summary>
    public const int MaxDecimals = 4;

    public Quantity(decimal value, string field = "quantity")
    {
        if (value <= 0)
            throw new DomainRuleException("quantity.not_positive", "A quantity must be greater than zero.", field);
        if (value > Maximum)
            throw new DomainRuleException("quantity.too_large", "A quantity must be at most 1,000,000,000.", field);
        if (DecimalsOf(value) > MaxDecimals)
            throw new DomainRuleException("quantity.too_precise", $"A quantity may have at most {MaxDecimals} decimals.", field);
        Value = value;
    }

    public decimal Value { get; }

    /// <summary>Significant decimals: 1.50 has one.</summary>
    public static int DecimalsOf(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    public static implicit operator decimal(Quantity quantity) => quantity.Value;
}
