using ErpBridge.Sync;

namespace ErpBridge.Outbound;

/// <summary>One file of acknowledgements: the answers it holds, and its rows that could not be read.</summary>
/// <param name="Error">Why no row of the file could be read (a column is missing); null when it was read.</param>
public sealed record AcknowledgementFile(
    string Path, IReadOnlyList<ErpAcknowledgement> Acknowledgements, IReadOnlyList<RejectedRecord> Rejected, string? Error = null)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
