namespace Crm.Domain.Pipeline;

public enum LeadSource
{
    Web,
    Referral,
    TradeFair,
    Webinar,
    Email,
    ColdCall,
    Partner,
    Import,
    Other,
}
