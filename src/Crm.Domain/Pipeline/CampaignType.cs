namespace Crm.Domain.Pipeline;

public enum CampaignType
{
    TradeFair,
    Webinar,
    Email,
    Advertising,
    Event,
    Referral,
    Other,
}
