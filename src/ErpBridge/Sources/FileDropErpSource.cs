using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using ErpBridge.Contract;
using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Reads the CSV exports an ERP drops into the inbound folder: one file per entity, headers named
/// as the REST fields (any case), lists inside a field separated by ';'.</summary>
internal sealed class FileDropErpSource(ErpOptions options) : IErpSource
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        TrimOptions = TrimOptions.Trim,
        HeaderValidated = args =>
        {
            if (args.InvalidHeaders.Any(h => !h.Names.Any(n => OptionalHeaders.Contains(n, StringComparer.OrdinalIgnoreCase))))
                ConfigurationFunctions.HeaderValidated(args);
        },
    };

    private static readonly string[] OptionalHeaders = [nameof(IErpRecord.IsDeleted)];

    public async IAsyncEnumerable<IReadOnlyList<T>> ReadAsync<T>(
        ErpEntity entity, SyncPosition? from, [EnumeratorCancellation] CancellationToken ct)
        where T : IErpRecord
    {
        var path = Path.Combine(options.InboundFolder, ErpPaths.FileName(entity));
        if (!File.Exists(path)) yield break;

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Csv);
        // A column only some ERPs write (tombstones) may be missing; every other one is checked.
        var map = csv.Context.AutoMap<T>();
        foreach (var parameter in map.ParameterMaps.Where(p => OptionalHeaders.Contains(p.Data.Parameter.Name, StringComparer.OrdinalIgnoreCase)))
            parameter.Optional().Default(false);
        csv.Context.RegisterClassMap(map);
        var page = new List<T>(options.PageSize);
        await foreach (var row in csv.GetRecordsAsync<T>(ct))
        {
            if (from is not null && row.LastChangeDateTime < from.ChangedAt) continue;
            page.Add(row);
            if (page.Count < options.PageSize) continue;
            yield return page;
            page = new List<T>(options.PageSize);
        }
        if (page.Count > 0) yield return page;
    }

    public async IAsyncEnumerable<IReadOnlyList<ErpCalendarDto>> ReadCalendarsAsync(
        IReadOnlyList<string> plants, DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var rows in ReadAsync<CalendarRow>(ErpEntity.Calendars, changedSince is { } at ? new SyncPosition(at, "") : null, ct))
            yield return [.. rows.Select(r => r.ToDto())];
    }

    private sealed record CalendarRow(string Plant, string? WeekendDays, string? Holidays, int PickPackDays, DateTimeOffset? LastChangeDateTime) : IErpRecord
    {
        public string CursorKey => Plant;

        public ErpCalendarDto ToDto() => new(
            Plant,
            [.. Split(WeekendDays).Select(d => int.Parse(d, CultureInfo.InvariantCulture))],
            [.. Split(Holidays).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))],
            PickPackDays,
            LastChangeDateTime);

        private static string[] Split(string? list) =>
            (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
