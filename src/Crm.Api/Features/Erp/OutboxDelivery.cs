using System.Text.Json;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Erp;

/// <summary>Sends one outbox message: claims it for a lease, delivers it under its id as the idempotency key, and
/// records the outcome (delivered, to be tried again, or a dead letter).</summary>
public sealed class OutboxDelivery(
    CrmDbContext db, IErpOrderGateway gateway, OutboxOptions options, TimeProvider time, ILogger<OutboxDelivery> log)
{
    /// <returns>Whether it was delivered; if not and it is not a dead letter, when to try again. Not delivered and no
    /// time when another dispatcher had claimed it.</returns>
    public async Task<(bool Delivered, DateTimeOffset? RetryAt)> SendAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        await ClaimAsync(id, now, ct) ? await DeliverAsync(id, ct) : (false, null);

    private async Task<bool> ClaimAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        await db.Outbox
            .Where(m => m.Id == id && m.DeliveredAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + options.Lease), ct) == 1;

    /// <returns>Whether it was delivered; if not and it is not a dead letter, when to try again.</returns>
    private async Task<(bool Delivered, DateTimeOffset? RetryAt)> DeliverAsync(Guid id, CancellationToken ct)
    {
        var message = await db.Outbox.SingleAsync(m => m.Id == id, ct);
        try
        {
            var key = message.Id.ToString("N");
            var creates = message.Type != OutboxDispatcher.ChangeSalesOrder;
            var erpNumber = creates ? await gateway.PushAsync(Payload(message), key, ct) : null;
            if (!creates) await gateway.ChangeAsync(await CurrentAsync(message, ct), key, ct);
            message.Delivered(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            if (creates && message.SalesOrderId is { } orderId) await db.ReleaseOrderAsync(orderId, erpNumber, ct);
            return (true, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message backs off and comes back, or becomes a dead letter an admin sees; it is never lost.
            var erp = e as ErpUnavailableException;
            message.Failed(e.Message, time.GetUtcNow(), options.MaxAttempts, options.BackOffCap, erp?.RetryAfter, final: erp?.Refused == true);
            await db.SaveChangesAsync(ct);
            if (message.DeadAt is null)
            {
                log.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts, e.Message);
                return (false, message.NextAttemptAt);
            }
            log.LogError("Outbox message {Id} is a dead letter after {Attempts} attempts: {Error}", message.Id, message.Attempts, e.Message);
            return (false, null);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static OrderCommitment Payload(OutboxMessage message) =>
        JsonSerializer.Deserialize<OrderCommitment>(message.Payload) ?? throw new InvalidOperationException($"Outbox message {message.Id} has no payload.");

    private async Task<OrderCommitment> CurrentAsync(OutboxMessage message, CancellationToken ct)
    {
        var id = message.SalesOrderId ?? throw new InvalidOperationException($"Outbox message {message.Id} names no order.");
        return OrderCommitment.From(await db.SalesOrders.AsNoTracking().WithCommitmentsAsync(id, ct));
    }
}
