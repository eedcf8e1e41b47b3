using System.Globalization;

namespace Crm.Domain.Pipeline;

/// <summary>An opportunity's identity, given by the database when it is first stored.</summary>
public readonly record struct OpportunityId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
