namespace Crm.Domain.Service;

/// <summary>What a case is about, for queues and reports.</summary>
public enum CaseCategory
{
    Delivery,
    Quality,
    Invoice,
    Technical,
    Other,
}
