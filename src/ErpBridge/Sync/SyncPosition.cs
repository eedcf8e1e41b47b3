namespace ErpBridge.Sync;

/// <summary>How far the delta sync of one entity got: the change time of the last record stored and that record's
/// key, the tie-breaker among records changed at the same instant. The ERP sends records ordered by change time, then
/// key (ordinal), so every record after this position is one not stored yet: a run that stopped half-way through
/// records sharing one timestamp resumes after the last one stored, and a page delivered twice is recognised.</summary>
public sealed record SyncPosition(DateTimeOffset ChangedAt, string Key)
{
    public bool IsBefore(DateTimeOffset changedAt, string key) =>
        changedAt > ChangedAt || (changedAt == ChangedAt && string.CompareOrdinal(key, Key) > 0);
}
