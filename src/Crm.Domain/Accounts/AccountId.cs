using System.Globalization;

namespace Crm.Domain.Accounts;

/// <summary>An account's identity, given by the database when the account is first stored.</summary>
public readonly record struct AccountId(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
