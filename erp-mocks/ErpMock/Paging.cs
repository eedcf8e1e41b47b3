using ErpMock.Model;

namespace ErpMock;

public sealed record Page<T>(IReadOnlyList<T> Value, string? NextLink);

/// <summary>Collections ordered by change time, then key (ordinal), filtered by changedSince (inclusive) and cut into
/// pages of top. The nextLink continues after the page's last record (changedSince plus after, its key), so a record
/// that changes while a client pages moves to the end instead of shifting the pages under it.</summary>
public static class Paging
{
    public const int DefaultTop = 1000;
    public const int MaxTop = 5000;

    public static IResult Respond<T>(HttpRequest request, IEnumerable<T> source, DateTimeOffset? changedSince, string? after, int? top, FaultSettings faults)
        where T : IErpEntity
    {
        if (top is < 1 or > MaxTop)
            return Results.Problem($"top must be between 1 and {MaxTop}.", statusCode: 400);
        if (after is not null && changedSince is null)
            return Results.Problem("after needs changedSince.", statusCode: 400);

        var size = top ?? DefaultTop;
        var ordered = source
            .Where(e => changedSince is null || e.LastChangeDateTime > changedSince
                || (e.LastChangeDateTime == changedSince && (after is null || string.CompareOrdinal(e.Key, after) > 0)))
            .OrderBy(e => e.LastChangeDateTime)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();

        string? next = null;
        if (ordered.Count > size)
        {
            ordered.RemoveAt(size);
            var last = ordered[^1];
            next = faults.DuplicatesPage()
                ? $"{request.PathBase}{request.Path}{request.QueryString}"
                : $"{request.PathBase}{request.Path}?changedSince={Uri.EscapeDataString(last.LastChangeDateTime!.Value.ToString("O"))}&after={Uri.EscapeDataString(last.Key)}&top={size}";
        }
        return Results.Ok(new Page<T>(ordered, next));
    }
}
