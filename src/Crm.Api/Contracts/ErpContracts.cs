namespace Crm.Api.Contracts;

public sealed record EntitySyncResponse(string Entity, int Rows, int Pages, DateTimeOffset? Cursor);

/// <param name="Backorders">What backorder processing did with the supply changes this sync brought.</param>
public sealed record SyncResponse(
    DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<EntitySyncResponse> Entities, BackorderRunResponse? Backorders = null);
