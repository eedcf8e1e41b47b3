using System.Globalization;

namespace Crm.Domain.Service;

/// <summary>A knowledge article's identity, given by the database when it is first stored.</summary>
public readonly record struct ArticleId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
