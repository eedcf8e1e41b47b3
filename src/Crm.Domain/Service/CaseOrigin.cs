namespace Crm.Domain.Service;

/// <summary>Where a case came from.</summary>
public enum CaseOrigin
{
    ServiceDesk,
    SalesRep,
    Portal,
    Email,
}
