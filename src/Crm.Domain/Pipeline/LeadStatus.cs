namespace Crm.Domain.Pipeline;

/// <summary>New → Working → Qualified (converted, once) | Disqualified (with a reason).</summary>
public enum LeadStatus
{
    New,
    Working,
    Qualified,
    Disqualified,
}
