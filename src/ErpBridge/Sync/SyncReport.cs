namespace ErpBridge.Sync;

public sealed record EntitySyncResult(ErpEntity Entity, int Rows, int Pages, DateTimeOffset? Cursor);

public sealed record SyncReport(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<EntitySyncResult> Entities)
{
    public int RowsFor(ErpEntity entity) => Entities.Where(e => e.Entity == entity).Sum(e => e.Rows);
}
