using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>What a campaign is: its name, kind, dates and budget, each checked.</summary>
public sealed record CampaignDetails
{
    public const int MaxNameLength = 200;

    public CampaignDetails(string name, CampaignType type, DateOnly startsOn, DateOnly? endsOn, decimal budget, string currency, string? description)
    {
        Name = name?.Trim() ?? "";
        if (Name.Length is 0 or > MaxNameLength)
            throw new DomainRuleException("campaign.name", $"A campaign needs a name of at most {MaxNameLength} characters.", "name");
        if (endsOn < startsOn)
            throw new DomainRuleException("campaign.dates", "A campaign cannot end before it starts.", "endsOn");
        if (budget < 0)
            throw new DomainRuleException("campaign.budget", "A budget cannot be negative.", "budget");
        Currency = (currency ?? "").Trim().ToUpperInvariant();
        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetter))
            throw new DomainRuleException("campaign.currency", "A currency is its three-letter ISO 4217 code, such as EUR.", "currency");
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        (Type, StartsOn, EndsOn, Budget) = (type, startsOn, endsOn, budget);
    }

    public string Name { get; }

    public CampaignType Type { get; }

    public DateOnly StartsOn { get; }

    public DateOnly? EndsOn { get; }

    public decimal Budget { get; }

    public string Currency { get; }

    public string? Description { get; }
}
