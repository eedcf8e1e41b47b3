using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>What a deal is worth and when it should close, checked.</summary>
public sealed record OpportunityTerms
{
    public const int MaxNameLength = 200;

    public OpportunityTerms(string? name, decimal amount, string? currency, DateOnly expectedCloseDate)
    {
        Name = name?.Trim() ?? "";
        if (Name.Length is 0 or > MaxNameLength)
            throw new DomainRuleException("opportunity.name", $"An opportunity needs a name of at most {MaxNameLength} characters.", "name");
        if (amount < 0)
            throw new DomainRuleException("opportunity.amount", "An amount cannot be negative.", "amount");
        Currency = (currency ?? "").Trim().ToUpperInvariant();
        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetter))
            throw new DomainRuleException("opportunity.currency", "A currency is its three-letter ISO 4217 code, such as EUR.", "currency");
        (Amount, ExpectedCloseDate) = (amount, expectedCloseDate);
    }

    public string Name { get; }

    public decimal Amount { get; }

    public string Currency { get; }

    public DateOnly ExpectedCloseDate { get; }
}
