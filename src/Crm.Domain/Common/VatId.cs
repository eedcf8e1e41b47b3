namespace Crm.Domain.Common;

/// <summary>A VAT identification number, kept as typed but for spaces, dots and dashes, in capitals ("DE 123.456.789"
/// → DE123456789). Duplicates compare <see cref="Key"/>: the number without its country prefix, since people type it
/// either way.</summary>
public sealed record VatId
{
    public const int MaxLength = 20;

    public VatId(string value)
    {
        var compact = Compact(value);
        if (compact.Length is < 4 or > MaxLength || !compact.All(char.IsAsciiLetterOrDigit))
            throw new DomainRuleException("vat_id.invalid", "A VAT id is 4 to 20 letters and digits (spaces, dots and dashes are ignored).", "vatId");
        Value = compact;
    }

    public string Value { get; }

    /// <summary>Without a leading two-letter country prefix.</summary>
    public string Key => Value.Length > 2 && char.IsAsciiLetter(Value[0]) && char.IsAsciiLetter(Value[1]) ? Value[2..] : Value;

    public static VatId? From(string? value) => string.IsNullOrWhiteSpace(value) ? null : new VatId(value);

    public override string ToString() => Value;

    private static string Compact(string value) =>
        new([.. value.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '/')).Select(char.ToUpperInvariant)]);
}
