using System.Text.Json;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Outbound;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Erp;

/// <summary>Delivers due outbox messages to the ERP, oldest first. Each message is claimed for a lease before it is
/// sent, so two dispatchers (two nodes, or a sweep and a triggered run) never send the same one at once; and its id
/// is the idempotency key, so a delivery retried after a crash or a lost answer never creates a second ERP order.</summary>
public sealed class OutboxDispatcher(
    CrmDbContext db, IErpOrderGateway gateway, IBackgroundJobClient jobs, OutboxOptions options, TimeProvider time, ILogger<OutboxDispatcher> log)
{
    public const string CreateSalesOrder = "sales-order.create";
    public const string ChangeSalesOrder = "sales-order.change";
    private const int BatchSize = 50;

    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var delivered = 0;
        DateTimeOffset? retryAt = null;
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            // An order's messages go out in the order they were written: a change never overtakes the order's creation.
            var due = await db.Outbox.AsNoTracking()
                .Where(m => m.DeliveredAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
                .Where(m => m.SalesOrderId == null || !db.Outbox.Any(e =>
                    e.SalesOrderId == m.SalesOrderId && e.DeliveredAt == null && e.CreatedAt < m.CreatedAt))
                .OrderBy(m => m.CreatedAt)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0) break;

            foreach (var id in due)
            {
                if (!await ClaimAsync(id, now, ct)) continue;
                var (sent, failedUntil) = await DeliverAsync(id, ct);
                if (sent) delivered++;
                if (failedUntil is { } until && (retryAt is null || until < retryAt)) retryAt = until;
            }
            // Round again until nothing is due: delivered and failed messages drop out, and a delivery may have let
            // the order's next message through.
        }
        // Failed deliveries come back when their back-off ends, not only with the next sweep.
        if (retryAt is { } at) jobs.Schedule<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None), at - time.GetUtcNow());
        return delivered;
    }

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
            var creates = message.Type != ChangeSalesOrder;
            var erpNumber = creates ? await gateway.PushAsync(Payload(message), key, ct) : null;
            if (!creates) await gateway.ChangeAsync(await CurrentAsync(message, ct), key, ct);
            message.Delivered(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            if (creates && message.SalesOrderId is { } orderId) await ReleaseOrderAsync(orderId, erpNumber, ct);
            return (true, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message backs off and comes back, or becomes a dead letter an admin sees; it is never lost.
            var erp = e as ErpUnavailableException;
            message.Failed(e.Message, time.GetUtcNow(), options.MaxAttempts, erp?.RetryAfter, final: erp?.Refused == true);
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

    /// <summary>The order may be changed by a user at the same moment: a stale read is read again.</summary>
    private Task ReleaseOrderAsync(long orderId, string? erpNumber, CancellationToken ct) =>
        db.RetryAsync(async () =>
        {
            db.ChangeTracker.Clear();
            if (await db.SalesOrders.FirstOrDefaultAsync(o => o.Id == orderId, ct) is not { } order) return false;
            order.Released(erpNumber);
            await db.SaveChangesAsync(ct);
            return true;
        }, attempts: 5);
}
