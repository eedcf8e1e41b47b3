using Crm.Domain.Accounts;
using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>The desk's service level agreement: a policy per priority (a segment's own policy wins over the general
/// one), when the owner is warned, and when a breached case goes up a second level.</summary>
public sealed class SlaPolicies
{
    public const double DefaultWarningShare = 0.75, DefaultSecondLevelShare = 1.5;

    private readonly IReadOnlyList<SlaPolicy> _policies;

    public SlaPolicies(IEnumerable<SlaPolicy> policies, double warningShare = DefaultWarningShare,
        double secondLevelShare = DefaultSecondLevelShare, bool raisePriorityOnBreach = true)
    {
        _policies = [.. policies];
        var general = _policies.Where(p => p.Segment is null).ToList();
        if (Enum.GetValues<CasePriority>().Any(priority => general.Count(p => p.Priority == priority) != 1))
            throw new DomainRuleException("sla.policy_per_priority", "Every priority needs exactly one policy for all accounts.", "policies");
        if (_policies.GroupBy(p => (p.Priority, p.Segment)).Any(g => g.Count() > 1))
            throw new DomainRuleException("sla.policy_twice", "A priority has one policy per segment.", "policies");
        if (warningShare is <= 0 or >= 1)
            throw new DomainRuleException("sla.warning_share", "The warning comes at a share of the target between 0 and 1.", "warningShare");
        if (secondLevelShare <= 1)
            throw new DomainRuleException("sla.second_level_share", "The second escalation level comes after the target, at a share above 1.", "secondLevelShare");
        (WarningShare, SecondLevelShare, RaisePriorityOnBreach) = (warningShare, secondLevelShare, raisePriorityOnBreach);
    }

    public IReadOnlyList<SlaPolicy> All => _policies;

    /// <summary>The share of a target at which the owner is warned.</summary>
    public double WarningShare { get; }

    /// <summary>The share of the resolution target after which a breached case goes to escalation level 2.</summary>
    public double SecondLevelShare { get; }

    /// <summary>Whether a breach raises the case's priority by one step.</summary>
    public bool RaisePriorityOnBreach { get; }

    public SlaPolicy For(CasePriority priority, AbcClass? segment) =>
        _policies.FirstOrDefault(p => p.Priority == priority && p.Segment == segment && segment is not null)
        ?? _policies.First(p => p.Priority == priority && p.Segment is null);
}
