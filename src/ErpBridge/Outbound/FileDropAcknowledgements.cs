using System.Runtime.CompilerServices;
using ErpBridge.Sources;
using ErpBridge.Sync;

namespace ErpBridge.Outbound;

/// <summary>Reads the acknowledgement files an ERP writes into the acknowledgement folder: one row per commitment file
/// it read, <c>file,status,salesOrderNumber,message</c>, status <c>accepted</c> or <c>rejected</c>.</summary>
internal sealed class FileDropAcknowledgements(ErpOptions options) : IErpAcknowledgements
{
    private static readonly string[] OptionalColumns = [nameof(AcknowledgementRow.SalesOrderNumber), nameof(AcknowledgementRow.Message)];

    public async IAsyncEnumerable<AcknowledgementFile> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(options.AcknowledgementFolder)) yield break;
        var files = new DirectoryInfo(options.AcknowledgementFolder).GetFiles("*.csv")
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            // Another run (a sync started by hand beside the scheduled one) may have taken it meanwhile.
            if (await ReadFileAsync(file.FullName, ct) is { } read) yield return read;
        }
    }

    public void Archive(AcknowledgementFile file)
    {
        var folder = Path.Combine(options.AcknowledgementFolder, file.Error is null ? "processed" : "failed");
        Directory.CreateDirectory(folder);
        try
        {
            File.Move(file.Path, Path.Combine(folder, file.Name), overwrite: true);
        }
        catch (FileNotFoundException)
        {
            // Archived by another run that read it too; applying its answers twice changed nothing.
        }
    }

    private static async Task<AcknowledgementFile?> ReadFileAsync(string path, CancellationToken ct)
    {
        var (answers, rejected) = (new List<ErpAcknowledgement>(), new List<RejectedRecord>());
        try
        {
            await foreach (var page in CsvExport.ReadAsync<AcknowledgementRow>(path, ErpEntity.Acknowledgements, 500, _ => true, OptionalColumns, ct))
            {
                rejected.AddRange(page.Rejected);
                for (var i = 0; i < page.Records.Count; i++)
                {
                    var (row, line) = (page.Records[i], page.LineOf(i) ?? 0);
                    if (Problem(row) is { } problem)
                        rejected.Add(new RejectedRecord(ErpEntity.Acknowledgements, page.Source, line, row.File, problem.Field, problem.Reason));
                    else
                        answers.Add(new ErpAcknowledgement(row.File, line, FileDropOrderGateway.KeyOf(row.File)!, Accepted(row),
                            Blank(row.SalesOrderNumber), Blank(row.Message)));
                }
            }
        }
        catch (ErpFileException e)
        {
            return new AcknowledgementFile(path, [], e.Problems, e.Message);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        return new AcknowledgementFile(path, answers, rejected);
    }

    private static (string Field, string Reason)? Problem(AcknowledgementRow row) =>
        FileDropOrderGateway.KeyOf(row.File) is null ? ("file", $"'{row.File}' is not the name of a commitment file the CRM writes.")
        : !row.Status.Equals("accepted", StringComparison.OrdinalIgnoreCase) && !row.Status.Equals("rejected", StringComparison.OrdinalIgnoreCase)
            ? ("status", $"'{row.Status}' is not accepted or rejected.")
        : null;

    private static bool Accepted(AcknowledgementRow row) => row.Status.Equals("accepted", StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record AcknowledgementRow(string File, string Status, string? SalesOrderNumber = null, string? Message = null);
}
