using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>A marketing effort that brings in leads: a trade fair, a webinar, a mailing. Its results are counted from
/// the leads that name it and what they became.</summary>
public sealed class Campaign : AggregateRoot
{
    private Campaign()
    {
        Name = Currency = CreatedBy = "";
    }

    public CampaignId Id { get; private set; }

    public string Name { get; private set; }

    public CampaignType Type { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public decimal Budget { get; private set; }

    public string Currency { get; private set; }

    public string? Description { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static Campaign Plan(CampaignDetails details, ChangeContext context)
    {
        var campaign = new Campaign { Status = CampaignStatus.Planned, CreatedAt = context.Now, CreatedBy = context.By };
        campaign.Describe(details);
        return campaign;
    }

    public void Describe(CampaignDetails details) =>
        (Name, Type, StartsOn, EndsOn, Budget, Currency, Description) =
        (details.Name, details.Type, details.StartsOn, details.EndsOn, details.Budget, details.Currency, details.Description);

    /// <summary>Moves the campaign on: Planned → Active → Completed, and Cancelled from anything not finished.</summary>
    public void ChangeStatus(CampaignStatus status)
    {
        var allowed = (Status, status) switch
        {
            (var from, var to) when from == to => true,
            (CampaignStatus.Planned, CampaignStatus.Active) => true,
            (CampaignStatus.Active, CampaignStatus.Completed) => true,
            (CampaignStatus.Planned or CampaignStatus.Active, CampaignStatus.Cancelled) => true,
            _ => false,
        };
        if (!allowed)
            throw new DomainRuleException("campaign.status", $"A campaign that is {Status} cannot become {status}.", "status");
        Status = status;
    }

    /// <summary>Leads may name a campaign that is running or done; not one cancelled.</summary>
    public bool TakesLeads => Status != CampaignStatus.Cancelled;
}
