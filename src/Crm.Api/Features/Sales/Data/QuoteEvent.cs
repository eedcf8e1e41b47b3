using Crm.Domain.Sales;

namespace Crm.Api.Features.Sales;

/// <summary>What happened to a quote between the company and the customer: sent (to whom, which version), accepted,
/// declined, a question asked. The quote's timeline reads these.</summary>
public sealed class QuoteEvent(QuoteId quoteId, int version, QuoteEventKind kind, string by, string? text, DateTimeOffset at)
{
    public const int MaxTextLength = 4000;

    public long Id { get; private set; }

    public QuoteId QuoteId { get; private set; } = quoteId;

    public int Version { get; private set; } = version;

    public QuoteEventKind Kind { get; private set; } = kind;

    public string By { get; private set; } = by;

    public string? Text { get; private set; } = text is { Length: > MaxTextLength } ? text[..(MaxTextLength - 1)] + "…" : text;

    public DateTimeOffset At { get; private set; } = at;
}

public enum QuoteEventKind { Sent, Accepted, Declined, Question, DatesMoved }
