namespace Crm.Api.Persistence;

/// <summary>How far the delta sync of one ERP entity got, and what its last run did.</summary>
public sealed class SyncCursor(string entity)
{
    public string Entity { get; private set; } = entity;

    public DateTimeOffset? LastChange { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public int LastRunRows { get; private set; }

    public void Advance(DateTimeOffset? lastChange, int rows, DateTimeOffset runAt)
    {
        LastChange = lastChange;
        LastRunRows = rows;
        LastRunAt = runAt;
    }
}
