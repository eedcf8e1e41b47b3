using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Crm.Api.Features.Pipeline;

/// <summary>Leads from a CSV file (columns company, lastName, firstName, email, phone, jobTitle, country, industry,
/// source, owner; any case, any order; company and lastName required). Each row is entered as a lead typed in would
/// be — checked, and held back when it is likely someone known (including an earlier row) — and reported on its own.</summary>
public sealed class LeadImport(LeadCommands leads, CrmDbContext db)
{
    public const int MaxRows = 5_000;
    private static readonly string[] Required = ["company", "lastName"];

    // Spreadsheets in many European locales save CSV with semicolons.
    private static readonly CsvConfiguration Config = CsvUploads.Lenient with { DetectDelimiter = true };

    public async Task<LeadImportResponse> ImportAsync(Stream file, long? campaignId, bool confirmedNotDuplicate, Viewer viewer, CancellationToken ct)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, Config);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
            throw RequestValidationException.For("file", "The file is empty; its first line names the columns (company, lastName, ...).");
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToList();
        var missing = Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw RequestValidationException.For("file", $"The column(s) {string.Join(", ", missing)} are missing, so no row was read.");
        string? Field(string column)
        {
            var at = header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            return at < 0 ? null : csv.GetField(at) is { Length: > 0 } value ? value : null;
        }

        var report = new List<LeadImportRow>();
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var row = (int)csv.Parser.RawRow;
            if (report.Count >= MaxRows)
            {
                report.Add(Invalid(row, "row", $"A file takes at most {MaxRows:N0} rows; this one and those after it were not read."));
                break;
            }
            var request = new LeadRequest(Field("company"), Field("lastName"), Field("firstName"), Field("email"), Field("phone"),
                Field("source") ?? "Import", campaignId, Field("jobTitle"), Field("country"), Field("industry"), null, Field("owner"), confirmedNotDuplicate);
            try
            {
                var (id, duplicates) = await leads.CreateAsync(request, viewer, ct);
                report.Add(id is { } created
                    ? new LeadImportRow(row, "Imported", created, new Dictionary<string, string[]>(), [])
                    : new LeadImportRow(row, "Duplicate", null, new Dictionary<string, string[]>(), duplicates));
            }
            catch (RequestValidationException e)
            {
                db.ChangeTracker.Clear();
                report.Add(new LeadImportRow(row, "Invalid", null, e.Errors.ToDictionary(), []));
            }
            catch (DomainRuleException e)
            {
                db.ChangeTracker.Clear();
                report.Add(Invalid(row, e.Field ?? "row", e.Message));
            }
        }
        return new LeadImportResponse(report.Count, report.Count(r => r.Outcome == "Imported"), report.Count(r => r.Outcome == "Invalid"),
            report.Count(r => r.Outcome == "Duplicate"), report);
    }

    private static LeadImportRow Invalid(int row, string field, string message) =>
        new(row, "Invalid", null, new Dictionary<string, string[]> { [field] = [message] }, []);
}
