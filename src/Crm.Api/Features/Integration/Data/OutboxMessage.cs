using Crm.Domain.Common;
using Crm.Domain.Sales;

namespace Crm.Api.Features.Integration;

/// <summary>A message to the ERP, written in the same transaction as the change it reports and delivered by a job.
/// Its id is the idempotency key the ERP sees, so a retried delivery never creates a second ERP document.</summary>
public sealed class OutboxMessage
{
    /// <summary>A confirmed order for the ERP to create.</summary>
    public const string CreateSalesOrder = "sales-order.create";

    /// <summary>An order the ERP knows, as it now stands.</summary>
    public const string ChangeSalesOrder = "sales-order.change";

    /// <summary>A prospect for the ERP to create as its customer.</summary>
    public const string CreateCustomer = "customer.create";

    private OutboxMessage()
    {
        Type = Payload = "";
    }

    public OutboxMessage(string type, string payload, SalesOrderId? salesOrderId, DateTimeOffset now)
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

    public SalesOrderId? SalesOrderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>When the message gave up: too many failed deliveries, or an answer that will not change by asking
    /// again. It waits for an admin to retry it.</summary>
    public DateTimeOffset? DeadAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The dispatcher run that claimed the message last: it reads back what its claim took.</summary>
    public Guid? ClaimToken { get; private set; }

    public string? LastError { get; private set; }

    public void Delivered(DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        LastError = null;
    }

    /// <summary>Backs off exponentially from 2 s up to <paramref name="maxBackOff"/> with jitter, so that a recovering ERP
    /// is not flooded, and never sooner than the ERP asked (its Retry-After).</summary>
    /// <param name="final">The ERP refused in a way asking again will not change.</param>
    public void Failed(string error, DateTimeOffset now, int maxAttempts, TimeSpan maxBackOff, TimeSpan? retryAfter = null, bool final = false)
    {
        Attempts++;
        LastError = Clip(error);
        if (final || Attempts >= maxAttempts)
        {
            DeadAt = now;
            return;
        }
        var backOff = TimeSpan.FromSeconds(Math.Min(maxBackOff.TotalSeconds, Math.Pow(2, Math.Min(Attempts, 20))) * (0.8 + Random.Shared.NextDouble() * 0.4));
        NextAttemptAt = now + (retryAfter is { } wait && wait > backOff ? wait : backOff);
    }

    /// <summary>The ERP read the delivered file and refused it (its acknowledgement said so): the message is a dead letter
    /// with the ERP's reason, for an admin to retry once the cause is fixed.</summary>
    public void RejectedByErp(string? reason, DateTimeOffset now)
    {
        DeliveredAt = null;
        DeadAt = now;
        LastError = Clip($"The ERP rejected it: {reason ?? "no reason given"}");
    }

    /// <summary>An admin sends a dead letter again: it gets the full number of attempts once more.</summary>
    public void Revive(DateTimeOffset now)
    {
        if (DeadAt is null) throw new DomainRuleException("outbox.not_dead", "Only a dead letter can be retried.");
        DeadAt = null;
        Attempts = 0;
        NextAttemptAt = now;
    }

    /// <summary>An ERP may answer at any length; the column keeps the first 2,000 characters.</summary>
    private static string Clip(string error) => error.Length > 2000 ? error[..2000] : error;
}
