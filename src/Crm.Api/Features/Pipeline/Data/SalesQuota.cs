namespace Crm.Api.Features.Pipeline;

/// <summary>What a rep is to win in a month, in the forecast's currency, set by their manager.</summary>
public sealed class SalesQuota(string owner, int year, int month, decimal amount, string currency)
{
    public string Owner { get; private set; } = owner;

    public int Year { get; private set; } = year;

    public int Month { get; private set; } = month;

    public decimal Amount { get; private set; } = amount;

    public string Currency { get; private set; } = currency;

    public void Set(decimal amount, string currency) => (Amount, Currency) = (amount, currency);
}
