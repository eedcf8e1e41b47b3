using System.Globalization;

namespace Crm.Domain.Pipeline;

/// <summary>A lead's identity, given by the database when it is first stored.</summary>
public readonly record struct LeadId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
