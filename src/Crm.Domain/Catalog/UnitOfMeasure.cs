using Crm.Domain.Common;

namespace Crm.Domain.Catalog;

/// <summary>The unit an item is counted or measured in. Counted units (pieces, sets, pallets) take whole numbers;
/// measured ones (kilograms, metres, litres) as many decimals as the ERP keeps.</summary>
public sealed record UnitOfMeasure
{
    public const int MeasuredDecimals = 3;

    private static readonly HashSet<string> Counted = new(StringComparer.OrdinalIgnoreCase)
    {
        "PC", "PCE", "PCS", "EA", "ST", "STK", "SET", "PR", "PAA", "BOX", "CS", "CTN", "PAL", "ROL", "BAG",
    };

    public UnitOfMeasure(string code)
    {
        Code = string.IsNullOrWhiteSpace(code) ? "PC" : code.Trim().ToUpperInvariant();
    }

    public string Code { get; }

    public int Decimals => Counted.Contains(Code) ? 0 : MeasuredDecimals;

    /// <summary>A quantity of this unit, or a broken rule naming <paramref name="field"/>.</summary>
    public Quantity Quantity(decimal value, string field)
    {
        var quantity = new Quantity(value, field);
        if (Common.Quantity.DecimalsOf(value) > Decimals)
            throw new DomainRuleException("quantity.unit_decimals",
                Decimals == 0
                    ? $"The item is counted in {Code}: the quantity must be a whole number."
                    : $"The item is measured in {Code}: the quantity may have at most {Decimals} decimals.",
                field);
        return quantity;
    }
}
