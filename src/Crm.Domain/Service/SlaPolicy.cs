using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>The targets for cases of one priority, optionally only for accounts of one ABC class: the first answer
/// to the customer and the resolution, in business time of the service calendar.</summary>
public sealed record SlaPolicy
{
    public SlaPolicy(CasePriority priority, TimeSpan firstResponse, TimeSpan resolution, AbcClass? segment = null)
    {
        if (firstResponse <= TimeSpan.Zero)
            throw new DomainRuleException("sla.first_response", "A first-response target is more than no time.", "firstResponseMinutes");
        if (resolution < firstResponse)
            throw new DomainRuleException("sla.resolution", "A resolution target is at least the first-response target.", "resolutionMinutes");
        (Priority, FirstResponse, Resolution, Segment) = (priority, firstResponse, resolution, segment);
    }

    public CasePriority Priority { get; }

    public TimeSpan FirstResponse { get; }

    public TimeSpan Resolution { get; }

    /// <summary>Only for accounts of this class; null for every account.</summary>
    public AbcClass? Segment { get; }
}
