namespace Crm.Domain.Service;

/// <summary>What a line of a case's history records.</summary>
public enum CaseHistoryKind
{
    Opened,
    StatusChanged,
    PriorityChanged,

    /// <summary>The desk's first public answer to the customer: it stops the first-response clock.</summary>
    Responded,
    Escalated,
    Assigned,
}
