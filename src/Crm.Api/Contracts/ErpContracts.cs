namespace Crm.Api.Contracts;

public sealed record EntitySyncResponse(string Entity, int Rows, int Pages, DateTimeOffset? Cursor);

public sealed record SyncResponse(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<EntitySyncResponse> Entities);
