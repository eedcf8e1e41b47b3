using Crm.Contracts;
using Crm.Api.Features.Sales.Availability;
using Crm.Api.Persistence;
using ErpBridge;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Integration;

/// <summary>How the bridge is doing: per entity the last run and where it will resume, and what waits in the outbox.</summary>
public sealed class ErpStatusQuery(CrmDbContext db, ErpOptions erp, AtpOptions atp, TimeProvider time)
{
    public async Task<ErpStatusResponse> HandleAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cursors = await db.SyncCursors.AsNoTracking().ToDictionaryAsync(c => c.Entity, ct);
        var rejected = await db.ErpRejections.GroupBy(r => r.Entity).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // A REST ERP answers commitments as they are sent; only a file-reading one writes acknowledgements.
        var entities = Enum.GetValues<ErpEntity>()
            .Where(e => e != ErpEntity.Acknowledgements || erp.Mode == ErpMode.FileDrop)
            .Select(e => ToResponse(e.ToString(), cursors.GetValueOrDefault(e.ToString()), rejected.GetValueOrDefault(e.ToString()), now)).ToList();

        var undelivered = db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null);
        var outbox = await undelivered
            .GroupBy(_ => 1)
            .Select(g => new OutboxStatusResponse(
                g.Count(m => m.DeadAt == null),
                g.Count(m => m.DeadAt == null && m.Attempts > 0),
                g.Count(m => m.DeadAt != null),
                g.Where(m => m.DeadAt == null).Min(m => (DateTimeOffset?)m.CreatedAt)))
            .FirstOrDefaultAsync(ct) ?? new OutboxStatusResponse(0, 0, 0, null);

        var degraded = entities.Any(e => e.State != "Ok") || outbox.DeadLetters > 0;
        return new ErpStatusResponse(erp.Mode.ToString(), degraded, entities, outbox);
    }

    private EntityStatusResponse ToResponse(string entity, SyncCursor? cursor, int rejected, DateTimeOffset now)
    {
        var lag = cursor?.LastSuccessAt is { } success ? now - success : (TimeSpan?)null;
        var state = cursor switch
        {
            null or { LastRunAt: null } => "NeverRun",
            { LastError: not null } => "Failing",
            _ when lag is null || (atp.MaxDataAge is { } maxAge && lag > maxAge) => "Stale",
            _ => "Ok",
        };
        return new EntityStatusResponse(
            entity, state, cursor?.LastSuccessAt, cursor?.LastRunAt, lag, cursor?.LastRunRows ?? 0,
            cursor?.Position?.ChangedAt, cursor?.LastKey, cursor?.LastError, rejected);
    }
}
