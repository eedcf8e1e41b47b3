namespace Crm.Contracts;

/// <param name="Rejected">Records the CRM could not take; they are on <c>GET /api/erp/rejections</c>.</param>
/// <param name="Error">Why the entity was not read at all (an export missing a column); null when it was.</param>
public sealed record EntitySyncResponse(string Entity, int Rows, int Pages, DateTimeOffset? Cursor, int Rejected = 0, string? Error = null);

/// <param name="Backorders">What backorder processing did with the supply changes this sync brought.</param>
public sealed record SyncResponse(
    DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<EntitySyncResponse> Entities, BackorderRunResponse? Backorders = null);

/// <param name="State">NeverRun, Ok, Failing (the last run stopped on an error) or Stale (no success within Atp:MaxDataAge).</param>
/// <param name="Lag">How long ago the last successful run ended.</param>
/// <param name="CursorChangedAt">The change time of the last record stored; with <paramref name="CursorKey"/>, where the next run resumes.</param>
/// <param name="Rejected">Records of the entity on the rejection report: sent by the ERP, not taken, not yet sent again fixed.</param>
public sealed record EntityStatusResponse(
    string Entity, string State, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastRunAt, TimeSpan? Lag,
    int RowsLastRun, DateTimeOffset? CursorChangedAt, string? CursorKey, string? LastError, int Rejected = 0);

/// <param name="Pending">Messages not yet delivered that will be tried again (dead letters not counted).</param>
/// <param name="Retrying">Of those, how many have failed at least once.</param>
public sealed record OutboxStatusResponse(int Pending, int Retrying, int DeadLetters, DateTimeOffset? OldestPendingSince);

/// <param name="Degraded">An entity never synced, failing or stale, or dead letters waiting: quotes and ATP checks
/// go on with the data already synced, but someone should look.</param>
public sealed record ErpStatusResponse(string Mode, bool Degraded, IReadOnlyList<EntityStatusResponse> Entities, OutboxStatusResponse Outbox);

public sealed record DeadLetterResponse(
    Guid Id, string Type, long? SalesOrderId, string? SalesOrderNumber, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset DeadAt);

/// <summary>A record from the ERP the CRM did not take.</summary>
/// <param name="Source">The export file (flat-file mode) or REST resource it came from.</param>
/// <param name="Line">The line of the export file; null for REST.</param>
/// <param name="Key">The record's key (item number, order number, ...), as far as it could be read.</param>
public sealed record RejectionResponse(
    long Id, string Entity, string Source, long? Line, string Key, string Field, string Reason, DateTimeOffset RejectedAt);
