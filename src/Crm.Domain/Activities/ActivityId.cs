using System.Globalization;

namespace Crm.Domain.Activities;

/// <summary>An activity's identity, given by the database when it is first stored.</summary>
public readonly record struct ActivityId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
