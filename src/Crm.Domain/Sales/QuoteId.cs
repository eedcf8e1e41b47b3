using System.Globalization;

namespace Crm.Domain.Sales;

/// <summary>A quote's identity, given by the database when the quote is first stored.</summary>
public readonly record struct QuoteId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
