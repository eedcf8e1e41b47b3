using Crm.Api.Features.Sales.Orders;
using Crm.Api.Persistence;
using ErpBridge;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>Records what a batch of deliveries came to: the delivered messages in one statement, the new orders the
/// ERP took released in one save, and each failure backed off or made a dead letter. A crash before this is written
/// sends the batch again after its lease, under the same keys, which the ERP answers without creating anything twice.</summary>
public sealed class OutboxOutcomes(
    CrmDbContext db, Accounts.ErpCustomerNumbers numbers, Sales.Orders.NumberProspectOrders prospectOrders, OutboxOptions options, UnitOfWork unitOfWork, TimeProvider time, ILogger<OutboxOutcomes> log)
{
    /// <returns>How many were delivered, and the earliest time a failed one is due again.</returns>
    public async Task<(int Delivered, DateTimeOffset? RetryAt)> RecordAsync(IReadOnlyList<DeliveryOutcome> outcomes, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var delivered = outcomes.Where(o => o.Delivered).ToList();
        if (delivered.Count > 0)
        {
            var ids = delivered.Select(o => o.Message.Id).ToList();
            await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null), ct);
            await db.ReleaseOrdersAsync(unitOfWork, delivered
                .Where(o => o.Creates && o.Message.SalesOrderId is not null)
                .GroupBy(o => o.Message.SalesOrderId!.Value)
                .ToDictionary(g => g.Key, g => g.Last().ErpNumber), log, ct);
            foreach (var customer in delivered.Where(o => o.Message.Type == OutboxMessage.CreateCustomer && o.ErpNumber is not null))
            {
                var reference = AskErpForCustomers.ReferenceOf(customer.Message);
                if (await numbers.AttachAsync(reference, customer.ErpNumber!, ct))
                    await prospectOrders.HandleAsync(reference, new Crm.Domain.Common.CustomerNumber(customer.ErpNumber!), ct);
            }
        }
        DateTimeOffset? retryAt = null;
        foreach (var failure in outcomes.Where(o => !o.Delivered))
        {
            if (await FailedAsync(failure, now, ct) is { } at && (retryAt is null || at < retryAt)) retryAt = at;
        }
        return (delivered.Count, retryAt);
    }

    /// <returns>When the message is due again; null when it is a dead letter now.</returns>
    private async Task<DateTimeOffset?> FailedAsync(DeliveryOutcome failure, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var message = await db.Outbox.SingleAsync(m => m.Id == failure.Message.Id, ct);
        var error = failure.Error!;
        // The message backs off and comes back, or becomes a dead letter an admin sees; it is never lost.
        var erp = error as ErpUnavailableException;
        message.Failed(error.Message, now, options.MaxAttempts, options.BackOffCap, erp?.RetryAfter, final: erp?.Refused == true);
        await unitOfWork.SaveAsync(ct);
        db.ChangeTracker.Clear();
        if (message.DeadAt is null)
        {
            log.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}): {Error}", message.Id, message.Attempts, error.Message);
            return message.NextAttemptAt;
        }
        log.LogError("Outbox message {Id} is a dead letter after {Attempts} attempts: {Error}", message.Id, message.Attempts, error.Message);
        return null;
    }
}
