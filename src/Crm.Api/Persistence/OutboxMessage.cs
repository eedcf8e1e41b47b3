namespace Crm.Api.Persistence;

/// <summary>A message to the ERP, written in the same transaction as the change it reports and delivered by a job.
/// Its id is the idempotency key the ERP sees, so a retried delivery never creates a second ERP document.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = Payload = "";
    }

    public OutboxMessage(string type, string payload, long? salesOrderId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Type = type;
        Payload = payload;
        SalesOrderId = salesOrderId;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public string Payload { get; private set; }

    public long? SalesOrderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public void Delivered(DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        LastError = null;
    }

    /// <summary>Backs off exponentially (capped at 15 minutes) with jitter, so a recovering ERP is not flooded.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var seconds = Math.Min(900, Math.Pow(2, Math.Min(Attempts, 10)));
        NextAttemptAt = now.AddSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
