using System.Globalization;
using System.Runtime.CompilerServices;
using ErpBridge.Contract;
using ErpBridge.Sync;
using ErpBridge.Translation;

namespace ErpBridge.Sources;

/// <summary>Reads the CSV exports an ERP drops into the inbound folder: one file per entity, headers named as the REST
/// fields (any case), lists inside a field separated by ';'.</summary>
internal sealed class FileDropErpSource(ErpOptions options) : IErpSource
{
    // Tombstones: only some ERPs write them.
    private static readonly string[] OptionalColumns = [nameof(IErpRecord.IsDeleted)];

    /// <summary>Customers carry the CRM's reference only when the CRM asked for them.</summary>
    private static readonly string[] OptionalCustomerColumns = [nameof(IErpRecord.IsDeleted), nameof(Contract.ErpCustomerDto.ExternalReference)];

    public IAsyncEnumerable<SourcePage<T>> ReadAsync<T>(ErpEntity entity, SyncPosition? from, CancellationToken ct)
        where T : IErpRecord
    {
        var path = Path.Combine(options.InboundFolder, ErpPaths.FileName(entity));
        if (!File.Exists(path)) return AsyncEnumerable.Empty<SourcePage<T>>();
        return CsvExport.ReadAsync<T>(
            path, entity, options.PageSize, row => from is null || !(row.LastChangeDateTime < from.ChangedAt),
            typeof(T) == typeof(Contract.ErpCustomerDto) ? OptionalCustomerColumns : OptionalColumns, ct);
    }

    public async IAsyncEnumerable<SourcePage<ErpCalendarDto>> ReadCalendarsAsync(
        IReadOnlyList<string> plants, DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in ReadAsync<CalendarRow>(ErpEntity.Calendars, changedSince is { } at ? new SyncPosition(at, "") : null, ct))
        {
            var (calendars, lines, unreadable) = (new List<ErpCalendarDto>(), new List<long>(), page.Rejected.ToList());
            for (var i = 0; i < page.Records.Count; i++)
            {
                try
                {
                    calendars.Add(page.Records[i].ToDto());
                    lines.Add(page.LineOf(i) ?? 0);
                }
                catch (ErpDataException e)
                {
                    unreadable.Add(new RejectedRecord(ErpEntity.Calendars, page.Source, page.LineOf(i), e.Key, e.Field, e.Reason));
                }
            }
            yield return new SourcePage<ErpCalendarDto>(page.Source, calendars, lines, unreadable);
        }
    }

    private sealed record CalendarRow(string Plant, string? WeekendDays, string? Holidays, int PickPackDays, DateTimeOffset? LastChangeDateTime) : IErpRecord
    {
        public string CursorKey => Plant;

        public ErpCalendarDto ToDto() => new(
            Plant,
            [.. Split(WeekendDays).Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                ? day : throw Bad("weekendDays", d, "a day number (0 = Sunday to 6 = Saturday)"))],
            [.. Split(Holidays).Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : throw Bad("holidays", d, "a date (yyyy-MM-dd)"))],
            PickPackDays,
            LastChangeDateTime);

        private ErpDataException Bad(string field, string text, string expected) =>
            new("calendar", Plant, field, $"'{text}' is not {expected}.");

        private static string[] Split(string? list) =>
            (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
