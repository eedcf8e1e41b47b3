namespace Crm.Domain.Promising;

/// <summary>One order line's commitment on a product, as backorder processing sees it.</summary>
/// <param name="Priority">Lower goes first: the customer's tier, then when the order was confirmed.</param>
/// <param name="OpenQuantity">What the line still has to deliver.</param>
/// <param name="Whole">The line must arrive in one piece (complete delivery, or a ship-complete order).</param>
/// <param name="Fixed">Promised by hand: the order desk's word stands and counts as demand, it is never moved.</param>
/// <param name="Current">The schedule lines the customer holds now.</param>
public sealed record OpenCommitment(
    CommitmentKey Key,
    CommitmentPriority Priority,
    decimal OpenQuantity,
    bool Whole,
    bool Fixed,
    DeliverySchedule Schedule,
    IReadOnlyList<ScheduleLinePromise> Current);

public readonly record struct CommitmentKey(long OrderId, int LineNumber);

/// <summary>Who is served first when supply is short: the better tier, then the earlier confirmation.</summary>
public readonly record struct CommitmentPriority(int Tier, DateTimeOffset ConfirmedAt) : IComparable<CommitmentPriority>
{
    public int CompareTo(CommitmentPriority other)
    {
        var byTier = Tier.CompareTo(other.Tier);
        return byTier != 0 ? byTier : ConfirmedAt.CompareTo(other.ConfirmedAt);
    }
}
