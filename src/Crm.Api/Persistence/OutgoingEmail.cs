namespace Crm.Api.Persistence;

/// <summary>An email written in the same transaction as the change it tells of (an escalation, an answer to a
/// customer, a portal invitation) and sent by a job, so a change is never lost to a mail server that is down and a
/// mail never tells of a change that was rolled back.</summary>
public sealed class OutgoingEmail
{
    public const int MaxAttempts = 8, MaxSubjectLength = 300, MaxBodyLength = 20_000;

    private OutgoingEmail()
    {
        To = Subject = Body = "";
    }

    public OutgoingEmail(string to, string subject, string body, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        (To, CreatedAt, NextAttemptAt) = (to, now, now);
        Subject = subject.Length <= MaxSubjectLength ? subject : subject[..(MaxSubjectLength - 1)] + "…";
        Body = body.Length <= MaxBodyLength ? body : body[..(MaxBodyLength - 1)] + "…";
    }

    public Guid Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Given up after <see cref="MaxAttempts"/> failures.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    public int Attempts { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>A PDF that goes with the mail (a quote, an order confirmation), as it was when the mail was written.</summary>
    public string? AttachmentName { get; private set; }

    public byte[]? AttachmentContent { get; private set; }

    public OutgoingEmail WithAttachment(string name, byte[] content)
    {
        (AttachmentName, AttachmentContent) = (name, content);
        return this;
    }

    public void Sent(DateTimeOffset now) => (SentAt, LastError, Attempts) = (now, null, Attempts + 1);

    /// <summary>Tries again after 30 s, 1, 2, 4 … minutes, and gives up after the last attempt.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts) FailedAt = now;
        else NextAttemptAt = now + TimeSpan.FromSeconds(30 * Math.Pow(2, Attempts - 1));
    }
}
