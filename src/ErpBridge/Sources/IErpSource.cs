using ErpBridge.Contract;
using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Where ERP records come from: the REST contract or a folder of CSV exports.</summary>
internal interface IErpSource
{
    /// <summary>Every record of <paramref name="entity"/> changed since the position (all when null), page by page. The
    /// records at the position's instant may come again; the caller skips those it stored.</summary>
    IAsyncEnumerable<SourcePage<T>> ReadAsync<T>(ErpEntity entity, SyncPosition? from, CancellationToken ct)
        where T : IErpRecord;

    IAsyncEnumerable<SourcePage<ErpCalendarDto>> ReadCalendarsAsync(IReadOnlyList<string> plants, DateTimeOffset? changedSince, CancellationToken ct);
}
