using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Price-list lines from a CSV file with the columns itemNumber, minQuantity and unitPrice (any case, any
/// order; numbers with a decimal point). Every row is read on its own: one that cannot be taken is reported with its
/// line in the file, its column and the reason, and the rows around it are still read.</summary>
public sealed class PriceListImport(CrmDbContext db)
{
    public const int MaxRows = 50_000;
    private static readonly string[] Columns = ["itemNumber", "minQuantity", "unitPrice"];

    private static readonly CsvConfiguration Config = CsvUploads.Lenient;

    public sealed record Result(int RowsRead, IReadOnlyList<PriceBreakInput> Lines, IReadOnlyList<ImportRowError> Errors);

    public async Task<Result> ReadAsync(Stream file, CancellationToken ct)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, Config);
        if (!await csv.ReadAsync()) return new Result(0, [], [new ImportRowError(1, "header", "The file is empty; its first line names the columns itemNumber, minQuantity and unitPrice.")]);
        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0) return new Result(0, [], [.. missing.Select(c => new ImportRowError(1, c, "The column is missing, so no row was read."))]);
        int Index(string column) => header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var (itemAt, minAt, priceAt) = (Index("itemNumber"), Index("minQuantity"), Index("unitPrice"));

        var rows = new List<(int Row, PriceBreakInput Line)>();
        var errors = new List<ImportRowError>();
        var read = 0;
        while (await csv.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var row = csv.Parser.RawRow;
            if (++read > MaxRows)
            {
                errors.Add(new ImportRowError((int)row, "row", $"A file takes at most {MaxRows:N0} rows; this one and those after it were not read."));
                break;
            }
            var item = csv.GetField(itemAt);
            var min = Number(csv.GetField(minAt), (int)row, "minQuantity", errors);
            var price = Number(csv.GetField(priceAt), (int)row, "unitPrice", errors);
            if (string.IsNullOrWhiteSpace(item)) errors.Add(new ImportRowError((int)row, "itemNumber", "An item number is required."));
            if (string.IsNullOrWhiteSpace(item) || min is null || price is null) continue;
            try
            {
                rows.Add(((int)row, PriceList.Checked(new PriceBreakInput(item, min.Value, price.Value), "")));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new ImportRowError((int)row, e.Field?.TrimStart('.') ?? "row", e.Message));
            }
        }

        foreach (var twice in rows.GroupBy(r => (r.Line.ItemNumber, r.Line.MinQuantity)).Where(g => g.Count() > 1))
            errors.AddRange(twice.Skip(1).Select(r => new ImportRowError(r.Row, "minQuantity",
                $"{twice.Key.ItemNumber} from quantity {twice.Key.MinQuantity} is already on line {twice.First().Row}.")));
        var unknown = await UnknownItemsAsync(rows.Select(r => r.Line.ItemNumber), ct);
        errors.AddRange(rows.Where(r => unknown.Contains(r.Line.ItemNumber))
            .Select(r => new ImportRowError(r.Row, "itemNumber", $"Item {r.Line.ItemNumber} is not known.")));

        var bad = errors.Select(e => e.Row).ToHashSet();
        return new Result(read, [.. rows.Where(r => !bad.Contains(r.Row)).Select(r => r.Line)], [.. errors.OrderBy(e => e.Row)]);
    }

    /// <summary>A field error for each line whose item the ERP does not sell.</summary>
    public async Task EnsureItemsExistAsync(IReadOnlyList<PriceBreakInput> lines, Func<int, string> field, CancellationToken ct)
    {
        var unknown = await UnknownItemsAsync(lines.Select(l => l.ItemNumber), ct);
        var errors = Enumerable.Range(0, lines.Count).Where(i => unknown.Contains(lines[i].ItemNumber.Trim()))
            .ToDictionary(field, i => new[] { $"Item {lines[i].ItemNumber} is not known." });
        if (errors.Count > 0) throw new RequestValidationException(errors);
    }

    private async Task<HashSet<string>> UnknownItemsAsync(IEnumerable<string> items, CancellationToken ct)
    {
        var wanted = items.Select(i => i.Trim()).Distinct().ToList();
        var known = new HashSet<string>();
        foreach (var chunk in wanted.Chunk(1000))
            known.UnionWith(await db.Products.AsNoTracking().Where(p => chunk.Contains(p.ItemNumber) && p.DeletedInErpAt == null).Select(p => p.ItemNumber).ToListAsync(ct));
        return [.. wanted.Where(w => !known.Contains(w))];
    }

    private static decimal? Number(string? text, int row, string field, List<ImportRowError> errors)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(new ImportRowError(row, field, string.IsNullOrWhiteSpace(text) ? "A number is required." : $"'{text}' is not a number (write 12.50)."));
        return null;
    }
}
