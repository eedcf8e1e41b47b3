using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Features.Sales.Repromising;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Sync;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>How old the ERP supply data may be when an order is confirmed (Atp:MaxDataAge). Null: no limit, as in
/// the flat-file mode, where exports arrive when the ERP writes them.</summary>
public sealed record AtpOptions(TimeSpan? MaxDataAge);

/// <summary>When the supply entities were last synced, as this node read it last. Each confirmation asks; the
/// database is asked at most once every <see cref="ReadEvery"/>, since data that was within the age limit a few
/// seconds ago is, at worst, that much older now.</summary>
public sealed class LastSupplySync
{
    public static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(5);

    // Replaced whole, never changed in place: requests on other threads see the old reading or the new one.
    private Reading? _known;

    public DateTimeOffset? Oldest(DateTimeOffset now) =>
        _known is { } known && now - known.ReadAt < ReadEvery ? known.Oldest : null;

    public void Remember(DateTimeOffset? oldest, DateTimeOffset now) => _known = new Reading(oldest, now);

    public void Forget() => _known = null;

    private sealed record Reading(DateTimeOffset? Oldest, DateTimeOffset ReadAt);
}

/// <summary>Before a promise that reserves, supply data older than the limit is refreshed live from the ERP. The sync
/// service (and the sync store under it, a large graph) is resolved only for a refresh, not for every check that asks.</summary>
public sealed class SupplyFreshness(
    CrmDbContext db, IServiceProvider services, AtpOptions options, LastSupplySync lastSync, IBackgroundJobClient jobs, TimeProvider time,
    ILogger<SupplyFreshness> log) : ISupplyFreshness
{
    private static readonly string[] Supply = [nameof(ErpEntity.Stock), nameof(ErpEntity.ProductionOrders), nameof(ErpEntity.PurchaseOrderLines)];
    private static readonly string[] PromisedFrom = [nameof(ErpEntity.Items), .. Supply];

    public async Task<IReadOnlyList<SourceFreshness>> SourcesAsync(CancellationToken ct)
    {
        var synced = await db.SyncCursors.AsNoTracking()
            .Where(c => PromisedFrom.Contains(c.Entity))
            .ToDictionaryAsync(c => c.Entity, c => c.LastSuccessAt, ct);
        return [.. PromisedFrom.Select(s => new SourceFreshness(s, synced.GetValueOrDefault(s)))];
    }

    /// <returns>Whether the supply data can be trusted: fresh enough, or refreshed just now. False when it was too
    /// old and the ERP could not be reached.</returns>
    public async Task<bool> EnsureFreshAsync(CancellationToken ct)
    {
        if (options.MaxDataAge is not { } maxAge) return true;
        var now = time.GetUtcNow();
        if (lastSync.Oldest(now) is { } known && now - known <= maxAge) return true;
        var synced = await db.SyncCursors.AsNoTracking().Where(c => Supply.Contains(c.Entity)).Select(c => c.LastSuccessAt).ToListAsync(ct);
        var oldest = synced.Count == Supply.Length ? synced.Min() : null;
        lastSync.Remember(oldest, now);
        if (oldest is { } at && now - at <= maxAge) return true;
        try
        {
            await services.GetRequiredService<ErpSyncService>().SyncSupplyAsync(ct);
            lastSync.Forget();
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
