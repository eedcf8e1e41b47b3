namespace Crm.Domain.Pipeline;

public enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}
