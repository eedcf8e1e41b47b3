namespace Crm.Domain.Accounts;

/// <summary>An account's share of invoiced revenue: A the few that make most of it, C the long tail.</summary>
public enum AbcClass
{
    A,
    B,
    C,
}
