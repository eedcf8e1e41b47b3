using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>One page as a source delivered it: the records it could read, the line each came from (exports only),
/// and the rows it could not read at all.</summary>
internal sealed record SourcePage<T>(string Source, IReadOnlyList<T> Records, IReadOnlyList<long>? Lines = null, IReadOnlyList<RejectedRecord>? Unreadable = null)
{
    public long? LineOf(int index) => Lines?[index];

    public IReadOnlyList<RejectedRecord> Rejected => Unreadable ?? [];
}
