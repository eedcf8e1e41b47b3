using System.Text.Json;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Erp;

/// <summary>Delivers due outbox messages to the ERP, oldest first. The message id is the idempotency key, so a
/// delivery that is retried after a crash or a lost answer never creates a second ERP order.</summary>
public sealed class OutboxDispatcher(CrmDbContext db, IErpOrderGateway gateway, TimeProvider time, ILogger<OutboxDispatcher> log)
{
    public const string CreateSalesOrder = "sales-order.create";
    private const int BatchSize = 50;

    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var delivered = 0;
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = await db.Outbox
                .Where(m => m.DeliveredAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.CreatedAt)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0) break;

            foreach (var message in due) delivered += await DeliverAsync(message, ct) ? 1 : 0;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (due.Count < BatchSize) break;
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var commitment = JsonSerializer.Deserialize<OrderCommitment>(message.Payload)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has no payload.");
            var erpNumber = await gateway.PushAsync(commitment, message.Id.ToString("N"), ct);
            message.Delivered(time.GetUtcNow());
            if (message.SalesOrderId is { } orderId
                && await db.SalesOrders.FirstOrDefaultAsync(o => o.Id == orderId, ct) is { } order)
                order.Released(erpNumber);
            return true;
        }
        catch (Exception e) when (e is ErpUnavailableException or InvalidOperationException or JsonException)
        {
            log.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts + 1, e.Message);
            message.Failed(e.Message, time.GetUtcNow());
            return false;
        }
    }
}
