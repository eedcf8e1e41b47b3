using Crm.Api.Features.Promises;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Hangfire;
using ErpBridge;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Atp;

/// <summary>How old the ERP supply data may be when an order is confirmed (Atp:MaxDataAge). Null: no limit, as in
/// the flat-file mode, where exports arrive when the ERP writes them.</summary>
public sealed record AtpOptions(TimeSpan? MaxDataAge);

/// <summary>Before a promise that reserves, supply data older than the limit is refreshed live from the ERP.</summary>
public sealed class SupplyFreshness(
    CrmDbContext db, ErpSyncService sync, AtpOptions options, IBackgroundJobClient jobs, TimeProvider time, ILogger<SupplyFreshness> log)
{
    private static readonly string[] Supply = [nameof(ErpEntity.Stock), nameof(ErpEntity.ProductionOrders), nameof(ErpEntity.PurchaseOrderLines)];

    /// <returns>Whether the supply data can be trusted: fresh enough, or refreshed just now. False when it was too
    /// old and the ERP could not be reached.</returns>
    public async Task<bool> EnsureFreshAsync(CancellationToken ct)
    {
        if (options.MaxDataAge is not { } maxAge) return true;
        var synced = await db.SyncCursors.AsNoTracking().Where(c => Supply.Contains(c.Entity)).Select(c => c.LastRunAt).ToListAsync(ct);
        var oldest = synced.Count == Supply.Length ? synced.Min() : null;
        if (oldest is { } at && time.GetUtcNow() - at <= maxAge) return true;
        try
        {
            await sync.SyncSupplyAsync(ct);
            // What the refresh changed is queued; the open orders it touches are promised again in the background.
            jobs.EnqueueSoon<ProcessBackorders>(p => p.RunAsync(CancellationToken.None), log);
            return true;
        }
        catch (ErpUnavailableException e)
        {
            log.LogWarning("Supply data is older than {MaxAge} and the ERP did not answer: {Error}", maxAge, e.Message);
            return false;
        }
    }
}
