using Crm.Domain.Service;

namespace Crm.Api.Features.Service;

/// <summary>A file on a case (a photo of the damage, a delivery note). Kept in the database, or in a folder when
/// <c>Service:AttachmentFolder</c> is set (then <see cref="Content"/> is empty and <see cref="StoredAs"/> names the file).</summary>
public sealed class CaseAttachment
{
    public const int MaxFileNameLength = 200;

    private CaseAttachment()
    {
        FileName = ContentType = UploadedBy = "";
    }

    public CaseAttachment(CaseId caseId, string fileName, string contentType, long size, byte[]? content, string? storedAs, bool isPublic, string by, DateTimeOffset now)
    {
        (CaseId, FileName, ContentType, Size, Content, StoredAs, IsPublic, UploadedBy, UploadedAt) =
            (caseId, fileName, contentType, size, content, storedAs, isPublic, by, now);
    }

    public long Id { get; private set; }

    public CaseId CaseId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public byte[]? Content { get; private set; }

    public string? StoredAs { get; private set; }

    /// <summary>Shown to the customer in the portal; the customer's own uploads always are.</summary>
    public bool IsPublic { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
