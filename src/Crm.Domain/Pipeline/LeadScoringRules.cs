namespace Crm.Domain.Pipeline;

/// <summary>The weights of lead scoring, set in configuration. Fit: a business email, a phone, a decision maker, a
/// target industry and country. Engagement: the source, a campaign, and the calls and meetings held with the lead.</summary>
public sealed class LeadScoringRules
{
    public int BusinessEmail { get; init; } = 10;

    public int Phone { get; init; } = 10;

    public int DecisionMaker { get; init; } = 15;

    public int TargetIndustry { get; init; } = 20;

    public int TargetCountry { get; init; } = 10;

    public int FromCampaign { get; init; } = 10;

    public int PerActivityHeld { get; init; } = 10;

    public int MaxForActivities { get; init; } = 30;

    /// <summary>Points per source, by its name (Referral, TradeFair, ...).</summary>
    public Dictionary<string, int> Sources { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Referral"] = 20, ["TradeFair"] = 15, ["Webinar"] = 10, ["Partner"] = 15, ["Web"] = 5, ["Email"] = 5,
    };

    public List<string> TargetIndustries { get; init; } = ["Machinery", "Automotive", "Metalworking", "Electrical"];

    public List<string> TargetCountries { get; init; } = ["DE", "AT", "CH", "PL", "CZ"];

    /// <summary>Words in a job title that mark someone who decides or buys.</summary>
    public List<string> DecisionMakerTitles { get; init; } = ["head", "director", "manager", "owner", "ceo", "cto", "purchas", "procure", "buyer", "leiter", "geschäftsführer", "einkauf"];

    public LeadScore Score(LeadDetails lead, LeadSource source, bool fromCampaign, int activitiesHeld)
    {
        var reasons = new List<string>();
        int Points(bool applies, int points, string reason)
        {
            if (!applies || points == 0) return 0;
            reasons.Add($"{reason} (+{points})");
            return points;
        }

        var title = lead.JobTitle?.ToLowerInvariant() ?? "";
        var fit = Points(lead.Email is { IsFreeMail: false }, BusinessEmail, "business email")
            + Points(lead.Phone is not null, Phone, "phone number")
            + Points(DecisionMakerTitles.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase)), DecisionMaker, "decision maker")
            + Points(lead.Industry is { } industry && TargetIndustries.Contains(industry, StringComparer.OrdinalIgnoreCase), TargetIndustry, "target industry")
            + Points(lead.Country is { } country && TargetCountries.Contains(country, StringComparer.OrdinalIgnoreCase), TargetCountry, "target country");
        var engagement = Points(Sources.TryGetValue(source.ToString(), out var sourcePoints), sourcePoints, $"source {source}")
            + Points(fromCampaign, FromCampaign, "came from a campaign")
            + Points(activitiesHeld > 0, Math.Min(activitiesHeld * PerActivityHeld, MaxForActivities), $"{activitiesHeld} call(s) or meeting(s) held");
        return new LeadScore(fit, engagement, reasons);
    }
}
