using Radzen;

namespace Crm.Web.Services;

/// <summary>Turns a grid's request for rows (skip, take, sort) into the API's page and sort parameters.</summary>
public static class GridPaging
{
    /// <summary>The API's page number (from 1) of the rows the grid asks for.</summary>
    public static int Page(LoadDataArgs args, int pageSize) => (args.Skip ?? 0) / pageSize + 1;

    /// <param name="sorts">The API's sort key for each sortable column's property.</param>
    public static ListQuery ToQuery(this LoadDataArgs args, int pageSize, IReadOnlyDictionary<string, string> sorts, ListQuery filters)
    {
        var page = Page(args, pageSize);
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null && s.Property is not null && sorts.ContainsKey(s.Property));
        var key = sort is null ? null : (sort.SortOrder == SortOrder.Descending ? "-" : "") + sorts[sort.Property!];
        return filters with { Page = page, PageSize = pageSize, Sort = key };
    }
}
