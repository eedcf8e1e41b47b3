using System.Globalization;

namespace Crm.Domain.Catalog;

/// <summary>A price list's identity, given by the database when the list is first stored.</summary>
public readonly record struct PriceListId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
