namespace ErpBridge.Sync;

/// <param name="Rows">Records read and taken or rejected (not those already stored).</param>
/// <param name="Rejected">Records or export rows the CRM could not take; each is on the rejection report.</param>
/// <param name="Error">Why the entity's run stopped (an export that cannot be read at all); null when it ran through.</param>
public sealed record EntitySyncResult(ErpEntity Entity, int Rows, int Pages, DateTimeOffset? Cursor, int Rejected = 0, string? Error = null);

public sealed record SyncReport(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<EntitySyncResult> Entities)
{
    public int RowsFor(ErpEntity entity) => Entities.Where(e => e.Entity == entity).Sum(e => e.Rows);
}
