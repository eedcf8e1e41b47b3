using System.Globalization;

namespace Crm.Domain.Accounts;

/// <summary>A contact's identity, given by the database when the contact is first stored.</summary>
public readonly record struct ContactId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
