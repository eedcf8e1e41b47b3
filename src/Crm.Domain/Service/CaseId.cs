using System.Globalization;

namespace Crm.Domain.Service;

/// <summary>A service case's identity, given by the database when it is first stored.</summary>
public readonly record struct CaseId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
