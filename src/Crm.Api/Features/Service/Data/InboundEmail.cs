using Crm.Domain.Service;

namespace Crm.Api.Features.Service;

/// <summary>A mail to the desk's address that was taken: by its Message-ID, so the same mail delivered twice opens one
/// case, and what became of it.</summary>
public sealed class InboundEmail
{
    public const int MaxMessageIdLength = 300;

    private InboundEmail()
    {
        MessageId = From = Outcome = "";
    }

    public InboundEmail(string messageId, string from, CaseId caseId, string outcome, DateTimeOffset now)
    {
        (MessageId, From, CaseId, Outcome, ReceivedAt) = (messageId, from, caseId, outcome, now);
    }

    public long Id { get; private set; }

    public string MessageId { get; private set; }

    public string From { get; private set; }

    public CaseId CaseId { get; private set; }

    /// <summary>Opened (a new case) or Answered (the customer's reply on one).</summary>
    public string Outcome { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
