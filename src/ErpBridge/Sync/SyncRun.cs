namespace ErpBridge.Sync;

/// <summary>What one run of one entity's sync did: the rows it stored, and the error that stopped it, if any.</summary>
public sealed record SyncRun(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Rows, string? Error)
{
    public bool Succeeded => Error is null;
}
