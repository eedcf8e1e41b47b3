using Crm.Api.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>Delivers due outbox messages to the ERP, oldest first. Each message is claimed for a lease before it is
/// sent, so two dispatchers (two nodes, or a sweep and a triggered run) never send the same one at once; and its id
/// is the idempotency key, so a delivery retried after a crash or a lost answer never creates a second ERP order.</summary>
public sealed class OutboxDispatcher(
    CrmDbContext db, OutboxDelivery delivery, OutboxOutcomes outcomes, IBackgroundJobClient jobs, OutboxOptions options, TimeProvider time)
{
    private const int BatchSize = 50;

    /// <summary>How long a round waits after a batch that was not full. Under a steady stream of confirmations a
    /// round found the few messages written while the last one was out: ten messages a round at 200 confirmations a
    /// second, and each round costs the database the same five statements whatever its size. Waiting a moment lets
    /// the next round carry a fuller batch for the price of a quarter of a second on the way to the ERP.</summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(250);

    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var delivered = 0;
        DateTimeOffset? retryAt = null;
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            // An order's messages go out in the order they were written: a change never overtakes the order's creation.
            var outbox = db.Outbox;
            var due = await outbox.AsNoTracking()
                .Where(m => m.DeliveredAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
                .Where(m => m.SalesOrderId == null || !outbox.Any(e =>
                    e.SalesOrderId == m.SalesOrderId && e.DeliveredAt == null && e.CreatedAt < m.CreatedAt))
                .OrderBy(m => m.CreatedAt)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (due.Count == 0) break;

            // The batch is claimed for a lease in one statement and read back by the claim's token: what another
            // dispatcher claimed first is not among it.
            var token = Guid.NewGuid();
            await db.Outbox
                .Where(m => due.Contains(m.Id) && m.DeliveredAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + options.Lease).SetProperty(m => m.ClaimToken, token), ct);
            var claimed = await db.Outbox.AsNoTracking().Where(m => m.ClaimToken == token).ToListAsync(ct);

            // A batch never holds two messages of one order (the later waits for the earlier), so its messages can go
            // out side by side.
            var sent = new System.Collections.Concurrent.ConcurrentBag<DeliveryOutcome>();
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
                async (message, cancel) => sent.Add(await delivery.SendAsync(message, cancel)));
            var (ok, failedUntil) = await outcomes.RecordAsync([.. sent], ct);
            delivered += ok;
            if (failedUntil is { } until && (retryAt is null || until < retryAt)) retryAt = until;
            // Round again until nothing is due: delivered and failed messages drop out, and a delivery may have let
            // the order's next message through.
            if (due.Count < BatchSize) await Task.Delay(Gather, ct);
        }
        // Failed deliveries come back when their back-off ends, and messages held by a dispatcher (perhaps of a node
        // that died while sending them) when their lease ends, not only with the next sweep.
        retryAt = Earliest(retryAt, await LeaseEndAsync(time.GetUtcNow(), ct));
        if (retryAt is { } at) jobs.Schedule<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None), at - time.GetUtcNow());
        return delivered;
    }

    private async Task<DateTimeOffset?> LeaseEndAsync(DateTimeOffset now, CancellationToken ct)
    {
        var leaseEnds = now + options.Lease;
        return await db.Outbox.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.DeadAt == null && m.ClaimToken != null && m.NextAttemptAt > now && m.NextAttemptAt <= leaseEnds)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => (DateTimeOffset?)m.NextAttemptAt)
            .FirstOrDefaultAsync(ct);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a <= b ? a : b;
}
