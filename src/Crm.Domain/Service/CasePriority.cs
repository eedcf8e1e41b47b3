namespace Crm.Domain.Service;

/// <summary>How urgent a case is; the SLA's targets follow it.</summary>
public enum CasePriority
{
    Low,
    Normal,
    High,
    Urgent,
}
