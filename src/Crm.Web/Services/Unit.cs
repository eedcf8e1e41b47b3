namespace Crm.Web.Services;

/// <summary>A unit of measure from the ERP, typed: how many decimals its quantities show and what it is called.
/// Units the UI does not know keep their ERP code and show up to three decimals.</summary>
public readonly record struct Unit(string Code)
{
    private static readonly Dictionary<string, (string Label, int Decimals)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PC"] = ("pcs", 0), ["PCS"] = ("pcs", 0), ["EA"] = ("pcs", 0), ["ST"] = ("pcs", 0), ["SET"] = ("sets", 0),
        ["KG"] = ("kg", 3), ["G"] = ("g", 0), ["T"] = ("t", 3), ["M"] = ("m", 2), ["MM"] = ("mm", 0), ["M2"] = ("m²", 2),
        ["L"] = ("l", 2), ["H"] = ("h", 2),
    };

    public string Label => Known.TryGetValue(Code, out var known) ? known.Label : Code.ToLowerInvariant();

    /// <summary>The most decimals a quantity of this unit shows; fewer when it has fewer.</summary>
    public int Decimals => Known.TryGetValue(Code, out var known) ? known.Decimals : 3;

    public static Unit Of(string? code) => new(string.IsNullOrWhiteSpace(code) ? "PC" : code.Trim());
}
