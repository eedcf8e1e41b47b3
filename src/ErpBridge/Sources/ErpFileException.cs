using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>An export the bridge will not read at all (a column is missing, or there is no header): no row of it is
/// applied, and the problems are reported like rejected rows.</summary>
internal sealed class ErpFileException(IReadOnlyList<RejectedRecord> problems)
    : Exception(string.Join(" ", problems.Select(p => $"{p.Source} line {p.Line}: {p.Field} {p.Reason}")))
{
    public IReadOnlyList<RejectedRecord> Problems { get; } = problems;
}
