namespace Crm.Domain.Service;

/// <summary>Where a case stands. The SLA clock pauses while the desk waits on the customer and stops at Resolved.</summary>
public enum CaseStatus
{
    New,
    InProgress,
    WaitingOnCustomer,
    Resolved,
    Closed,
}
