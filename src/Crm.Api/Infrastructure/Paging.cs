using Crm.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure;

public static class Paging
{
    public const int MaxPageSize = 200;

    public static async Task<PagedResult<T>> PageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var size = pageSize ?? 50;
        var number = page ?? 1;
        if (size is < 1 or > MaxPageSize) throw RequestValidationException.For("pageSize", $"The page size is 1 to {MaxPageSize}.");
        if (number < 1) throw RequestValidationException.For("page", "Pages are numbered from 1.");
        var total = await query.CountAsync(ct);
        // Computed wide: a far page must come back empty, not wrap around to an earlier one.
        var offset = (long)(number - 1) * size;
        var items = offset >= total ? [] : await query.Skip((int)offset).Take(size).ToListAsync(ct);
        return new PagedResult<T>(items, total, number, size);
    }

    /// <summary>The same page with each item turned into what the client sees (for what SQL cannot build).</summary>
    public static PagedResult<TOut> Map<T, TOut>(this PagedResult<T> page, Func<T, TOut> map) =>
        new([.. page.Items.Select(map)], page.Total, page.Page, page.PageSize);
}
