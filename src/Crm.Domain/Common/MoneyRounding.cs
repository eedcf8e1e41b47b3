namespace Crm.Domain.Common;

/// <summary>The one money rule: an amount is rounded to its currency's minor unit, halves away from zero (as invoices
/// and the ERP round); a total is the sum of rounded amounts, never a rounded sum.</summary>
public static class MoneyRounding
{
    /// <summary>Currencies whose minor unit is not the cent (ISO 4217).</summary>
    private static readonly Dictionary<string, int> MinorUnitsByCurrency = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0, ["VND"] = 0, ["HUF"] = 2,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    public static int MinorUnits(string? currency) =>
        currency is { Length: > 0 } && MinorUnitsByCurrency.TryGetValue(currency, out var units) ? units : 2;

    public static decimal Round(decimal amount, string? currency) =>
        Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero);
}
