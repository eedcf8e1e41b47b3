namespace Crm.Domain.Pipeline;

/// <summary>Planned → Active → Completed, or Cancelled before it completes.</summary>
public enum CampaignStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}
