using ErpMock.Model;

namespace ErpMock;

public sealed record Page<T>(IReadOnlyList<T> Value, string? NextLink);

/// <summary>Collections ordered by change time, then key, filtered by changedSince and cut into pages of top.</summary>
public static class Paging
{
    public const int DefaultTop = 1000;
    public const int MaxTop = 5000;

    public static IResult Respond<T>(HttpRequest request, IEnumerable<T> source, DateTimeOffset? changedSince, int? top, int? skip)
        where T : IErpEntity
    {
        if (top is < 1 or > MaxTop)
            return Results.Problem($"top must be between 1 and {MaxTop}.", statusCode: 400);
        if (skip is < 0)
            return Results.Problem("skip cannot be negative.", statusCode: 400);

        var size = top ?? DefaultTop;
        var offset = skip ?? 0;
        var ordered = source
            .Where(e => changedSince is null || e.LastChangeDateTime >= changedSince)
            .OrderBy(e => e.LastChangeDateTime)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Skip(offset)
            .Take(size + 1)
            .ToList();

        string? next = null;
        if (ordered.Count > size)
        {
            ordered.RemoveAt(size);
            var since = changedSince is { } c ? $"changedSince={Uri.EscapeDataString(c.ToString("O"))}&" : "";
            next = $"{request.PathBase}{request.Path}?{since}top={size}&skip={offset + size}";
        }
        return Results.Ok(new Page<T>(ordered, next));
    }
}
