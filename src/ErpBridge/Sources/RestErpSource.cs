using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using ErpBridge.Contract;
using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Reads the ERP's REST contract, following nextLink through every page.</summary>
internal sealed class RestErpSource(HttpClient http, ErpOptions options) : IErpSource
{
    private const int BodyAttempts = 4;

    public async IAsyncEnumerable<SourcePage<T>> ReadAsync<T>(
        ErpEntity entity, SyncPosition? from, [EnumeratorCancellation] CancellationToken ct)
        where T : IErpRecord
    {
        // changedSince is inclusive; after (the last key stored) lets an ERP that knows it skip the records of that
        // instant already stored, and one that does not simply sends them again.
        var since = from is { } f ? $"&changedSince={Uri.EscapeDataString(f.ChangedAt.ToString("O"))}&after={Uri.EscapeDataString(f.Key)}" : "";
        var resource = $"erp/v1/{ErpPaths.Resource(entity)}";
        string? next = $"{resource}?top={options.PageSize}{since}";
        while (next is not null)
        {
            var page = await GetAsync<ErpPage<T>>(next, ct);
            yield return new SourcePage<T>(resource, page.Value);
            next = page.NextLink;
        }
    }

    public async IAsyncEnumerable<SourcePage<ErpCalendarDto>> ReadCalendarsAsync(
        IReadOnlyList<string> plants, DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var calendars = new List<ErpCalendarDto>();
        foreach (var plant in plants)
        {
            var calendar = await GetAsync<ErpCalendarDto>($"erp/v1/calendars/{Uri.EscapeDataString(plant)}", ct);
            if (changedSince is null || calendar.LastChangeDateTime is null || calendar.LastChangeDateTime >= changedSince)
                calendars.Add(calendar);
        }
        yield return new SourcePage<ErpCalendarDto>("erp/v1/calendars", calendars);
    }

    private async Task<T> GetAsync<T>(string url, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await http.GetFromJsonAsync<T>(url, ErpJson.Options, ct)
                    ?? throw new ErpUnavailableException($"The ERP answered {url} with an empty body.");
            }
            catch (Exception e) when (ErpFailures.IsBrokenBody(e) && attempt < BodyAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
            catch (Exception e) when (ErpFailures.IsUnavailable(e, ct))
            {
                throw new ErpUnavailableException($"The ERP could not be read at {url}: {e.Message}", e);
            }
        }
    }
}
