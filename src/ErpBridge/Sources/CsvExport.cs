using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Reads one CSV file an ERP dropped, row by row: headers named as the REST fields (any case), a header check
/// before any row is read, and every row that cannot be read reported with its line, column and reason while the rows
/// around it are still read.</summary>
internal static class CsvExport
{
    private static readonly CsvConfiguration Base = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
    };

    /// <param name="wanted">Rows read but not wanted (older than the cursor) are passed over.</param>
    /// <param name="optionalColumns">Columns only some ERPs write; every other field of <typeparamref name="T"/> must have one.</param>
    public static async IAsyncEnumerable<SourcePage<T>> ReadAsync<T>(
        string path, ErpEntity entity, int pageSize, Func<T, bool> wanted, IReadOnlyCollection<string> optionalColumns,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var missing = new List<string>();
        string? badField = null;
        var config = Base with
        {
            HeaderValidated = args => missing.AddRange(args.InvalidHeaders
                .Select(h => Column(h.Names[0])).Where(n => !optionalColumns.Contains(n, StringComparer.OrdinalIgnoreCase))),
            BadDataFound = args => badField ??= args.Field,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var map = csv.Context.AutoMap<T>();
        foreach (var parameter in map.ParameterMaps.Where(p => optionalColumns.Contains(p.Data.Parameter.Name, StringComparer.OrdinalIgnoreCase)))
        {
            parameter.Optional();
            if (parameter.Data.Parameter.DefaultValue is { } absent) parameter.Default(absent);
        }
        csv.Context.RegisterClassMap(map);
        var types = map.ParameterMaps.ToDictionary(p => p.Data.Parameter.Name ?? "", p => p.Data.Parameter.ParameterType, StringComparer.OrdinalIgnoreCase);

        if (!await csv.ReadAsync()) throw new ErpFileException([new(entity, file, 1, "", "header", "is missing: the file is empty.")]);
        csv.ReadHeader();
        csv.ValidateHeader<T>();
        if (missing.Count > 0)
            throw new ErpFileException([.. missing.Distinct().Select(c => new RejectedRecord(entity, file, 1, "", c, "column is missing, so no row of the file was read."))]);

        var (records, lines, unreadable) = (new List<T>(pageSize), new List<long>(pageSize), new List<RejectedRecord>());
        while (true)
        {
            badField = null;
            if (!await csv.ReadAsync()) break;
            ct.ThrowIfCancellationRequested();
            T record;
            try
            {
                record = csv.GetRecord<T>();
            }
            catch (CsvHelperException e)
            {
                unreadable.Add(Unreadable(entity, file, csv, e, types));
                continue;
            }
            if (badField is not null)
            {
                unreadable.Add(Rejected(entity, file, csv, "", "has a stray quote, so the row cannot be split into fields."));
                continue;
            }
            if (!wanted(record)) continue;
            records.Add(record);
            lines.Add(csv.Parser.RawRow);
            if (records.Count < pageSize) continue;
            yield return new SourcePage<T>(file, records, lines, unreadable);
            (records, lines, unreadable) = (new List<T>(pageSize), new List<long>(pageSize), new List<RejectedRecord>());
        }
        if (records.Count > 0 || unreadable.Count > 0) yield return new SourcePage<T>(file, records, lines, unreadable);
    }

    private static RejectedRecord Unreadable(ErpEntity entity, string file, CsvReader csv, CsvHelperException e, Dictionary<string, Type> types)
    {
        var header = csv.HeaderRecord ?? [];
        var column = csv.CurrentIndex >= 0 && csv.CurrentIndex < header.Length ? header[csv.CurrentIndex].Trim() : "";
        var reason = e switch
        {
            TypeConverterException t => $"'{t.Text}' is not {Describe(types.GetValueOrDefault(column))}.",
            CsvHelper.MissingFieldException => $"is missing: the row has {csv.Parser.Count} fields and the header {header.Length}.",
            _ => e.Message.Split('\n')[0].Trim(),
        };
        return Rejected(entity, file, csv, column, reason);
    }

    private static RejectedRecord Rejected(ErpEntity entity, string file, CsvReader csv, string column, string reason) =>
        new(entity, file, csv.Parser.RawRow, ErpPaths.Key(entity, name => Raw(csv, name)), column, reason);

    /// <summary>Columns are named as the REST fields, in camel case.</summary>
    private static string Column(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];

    private static string? Raw(CsvReader csv, string column)
    {
        var index = Array.FindIndex(csv.HeaderRecord ?? [], h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < csv.Parser.Count ? csv.Parser[index].Trim() : null;
    }

    private static string Describe(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
    {
        { } t when t == typeof(decimal) || t == typeof(double) => "a number",
        { } t when t == typeof(int) || t == typeof(long) => "a whole number",
        { } t when t == typeof(DateOnly) => "a date (yyyy-MM-dd)",
        { } t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => "an ISO 8601 date and time",
        { } t when t == typeof(bool) => "true or false",
        _ => "a value of this column's type",
    };
}
