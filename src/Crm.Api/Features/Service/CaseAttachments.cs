using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Service;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Files on cases, limited in size (<c>Service:MaxAttachmentBytes</c>, 10 MB by default) and to the types a
/// service desk is sent (pictures, PDF, text, office documents); kept in the database, or in
/// <c>Service:AttachmentFolder</c> when it is set.</summary>
public sealed class CaseAttachments(CrmDbContext db, IConfiguration configuration, UnitOfWork unitOfWork, TimeProvider time)
{
    private static readonly Dictionary<string, string> TypesByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".webp"] = "image/webp",
        [".pdf"] = "application/pdf", [".txt"] = "text/plain", [".csv"] = "text/csv",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    private long MaxBytes => configuration.GetValue<long?>("Service:MaxAttachmentBytes") ?? 10 * 1024 * 1024;

    public async Task<CaseAttachmentResponse> UploadAsync(long caseId, string? fileName, bool isPublic, Stream body, string by, CancellationToken ct)
    {
        var name = NameOf(fileName);
        var attachment = await AddAsync(new CaseId(caseId), Check(name, await ReadAsync(body, ct)), isPublic, by, ct);
        await unitOfWork.SaveAsync(ct);
        return new CaseAttachmentResponse(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, isPublic, by, attachment.UploadedAt);
    }

    /// <summary>A file the desk takes: its name, type and size checked.</summary>
    public CheckedFile Check(string? fileName, byte[] content)
    {
        var name = NameOf(fileName);
        if (content.LongLength > MaxBytes) throw TooLarge();
        if (content.Length == 0) throw RequestValidationException.For("file", "The file is empty.");
        return new CheckedFile(name, TypesByExtension[Path.GetExtension(name)], content);
    }

    /// <summary>Stores a checked file on the case (in the folder, or with the row saved by the caller's next save).</summary>
    public async Task<CaseAttachment> AddAsync(CaseId caseId, CheckedFile file, bool isPublic, string by, CancellationToken ct)
    {
        var folder = configuration["Service:AttachmentFolder"];
        string? storedAs = null;
        if (!string.IsNullOrWhiteSpace(folder))
        {
            Directory.CreateDirectory(folder);
            storedAs = $"{Guid.NewGuid():N}{Path.GetExtension(file.Name).ToLowerInvariant()}";
            await File.WriteAllBytesAsync(Path.Combine(folder, storedAs), file.Content, ct);
        }
        var attachment = new CaseAttachment(caseId, file.Name, file.ContentType, file.Content.LongLength, storedAs is null ? file.Content : null,
            storedAs, isPublic, by, time.GetUtcNow());
        db.CaseAttachments.Add(attachment);
        return attachment;
    }

    private static string NameOf(string? fileName)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length is 0 or > CaseAttachment.MaxFileNameLength)
            throw RequestValidationException.For("fileName", $"A file needs its name (at most {CaseAttachment.MaxFileNameLength} characters).");
        if (!TypesByExtension.ContainsKey(Path.GetExtension(name)))
            throw RequestValidationException.For("fileName", $"Files of this type are not taken; send one of {string.Join(", ", TypesByExtension.Keys)}.");
        return name;
    }

    /// <summary>Reads an upload, stopping as soon as it is too large.</summary>
    private async Task<byte[]> ReadAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private RequestValidationException TooLarge() => RequestValidationException.For("file", $"A file is at most {MaxBytes / 1024 / 1024} MB.");

    /// <summary>The file as the download's answer, or 404.</summary>
    /// <param name="forCustomer">The portal sees public files only.</param>
    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(long caseId, long attachmentId, bool forCustomer, CancellationToken ct)
    {
        var key = new CaseId(caseId);
        var attachment = await db.CaseAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == key && (!forCustomer || a.IsPublic), ct);
        if (attachment is null) return Problems.NotFound("Attachment", attachmentId);
        var content = attachment.Content ?? await File.ReadAllBytesAsync(Path.Combine(configuration["Service:AttachmentFolder"] ?? "", attachment.StoredAs!), ct);
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }
}
