namespace Crm.Domain.Sales;

public enum QuoteStatus
{
    Draft,
    /// <summary>A discount or price beyond the rep's authority waits for a manager of the team.</summary>
    PendingApproval,
    /// <summary>Within authority, or approved by a manager: it may be sent.</summary>
    Approved,
    /// <summary>A manager turned the request down; the rep may revise it and submit it again.</summary>
    Rejected,
    Sent,
    Accepted,
    /// <summary>The customer said no.</summary>
    Declined,
    Expired,
}
