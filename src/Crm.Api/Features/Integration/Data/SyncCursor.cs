using ErpBridge.Sync;

namespace Crm.Api.Features.Integration;

/// <summary>How far the delta sync of one ERP entity got, and what its last run did: the sync status.</summary>
public sealed class SyncCursor(string entity)
{
    public string Entity { get; private set; } = entity;

    /// <summary>The change time of the last record stored, as people read it.</summary>
    public DateTimeOffset? LastChange { get; private set; }

    /// <summary>The same time to the tick (UTC). Databases keep times less precisely than an ERP may stamp them
    /// (PostgreSQL to the microsecond): a cursor read back a fraction earlier than the records it stopped at would take
    /// every record of that instant again.</summary>
    public long? LastChangeTicks { get; private set; }

    /// <summary>The key of the last record stored: the tie-breaker among records sharing <see cref="LastChange"/>.</summary>
    public string? LastKey { get; private set; }

    public DateTimeOffset? LastRunStartedAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public int LastRunRows { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    /// <summary>Why the last run failed; null when it succeeded.</summary>
    public string? LastError { get; private set; }

    public SyncPosition? Position =>
        LastChangeTicks is { } ticks ? new SyncPosition(new DateTimeOffset(ticks, TimeSpan.Zero), LastKey ?? "")
        : LastChange is { } at ? new SyncPosition(at, LastKey ?? "")
        : null;

    public void MoveTo(SyncPosition position)
    {
        LastChange = position.ChangedAt;
        LastChangeTicks = position.ChangedAt.UtcTicks;
        LastKey = position.Key;
    }

    public void Ran(SyncRun run)
    {
        LastRunStartedAt = run.StartedAt;
        LastRunAt = run.FinishedAt;
        LastRunRows = run.Rows;
        LastError = run.Error is { Length: > 2000 } error ? error[..2000] : run.Error;
        if (run.Succeeded) LastSuccessAt = run.FinishedAt;
    }
}
