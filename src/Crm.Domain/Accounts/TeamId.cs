using System.Globalization;

namespace Crm.Domain.Accounts;

/// <summary>A sales team's identity, given by the database when the team is first stored.</summary>
public readonly record struct TeamId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
