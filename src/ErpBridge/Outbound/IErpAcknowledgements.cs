namespace ErpBridge.Outbound;

/// <summary>The ERP's answers to commitments sent as files. The host applies a file's answers, then archives it, so a
/// file is applied at least once and its answers must be safe to apply twice.</summary>
public interface IErpAcknowledgements
{
    /// <summary>The acknowledgement files waiting, oldest first.</summary>
    IAsyncEnumerable<AcknowledgementFile> ReadAsync(CancellationToken ct);

    /// <summary>Moves a handled file out of the way: to <c>processed</c>, or to <c>failed</c> when it could not be read.</summary>
    void Archive(AcknowledgementFile file);
}

internal sealed class NoAcknowledgements : IErpAcknowledgements
{
    public IAsyncEnumerable<AcknowledgementFile> ReadAsync(CancellationToken ct) => AsyncEnumerable.Empty<AcknowledgementFile>();

    public void Archive(AcknowledgementFile file) { }
}
