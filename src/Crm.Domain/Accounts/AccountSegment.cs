namespace Crm.Domain.Accounts;

/// <summary>An account's segment: its ABC class and its RFM scores (recency, frequency, monetary; 1 to 5, 5 best),
/// none of them for an account that bought nothing in the period.</summary>
public sealed record AccountSegment(AbcClass Class, int? Recency, int? Frequency, int? Monetary)
{
    public string? Rfm => Recency is null ? null : $"{Recency}{Frequency}{Monetary}";
}
