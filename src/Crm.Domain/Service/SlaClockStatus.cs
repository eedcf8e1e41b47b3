namespace Crm.Domain.Service;

/// <summary>One SLA clock (first response or resolution) as it stands.</summary>
/// <param name="Target">Business time allowed.</param>
/// <param name="Elapsed">Business time the clock has run.</param>
/// <param name="Due">When the target is or was reached; null while the clock is paused before reaching it.</param>
/// <param name="BreachedAt">When the target passed with the clock still running.</param>
public sealed record SlaClockStatus(TimeSpan Target, TimeSpan Elapsed, DateTimeOffset? Due, DateTimeOffset? BreachedAt, SlaState State)
{
    /// <summary>Business time left before the target; negative once it is overdue.</summary>
    public TimeSpan Remaining => Target - Elapsed;

    public double Share => Elapsed / Target;
}
