namespace Crm.Api.Infrastructure;

public static class RequestLists
{
    /// <summary>The list's elements, or a field error naming each one that is null. Required fields are checked by
    /// validation before a handler runs; a null among a list's elements is not.</summary>
    public static IReadOnlyList<T> NoNulls<T>(this IReadOnlyList<T?> items, string field) where T : class
    {
        var missing = Enumerable.Range(0, items.Count).Where(i => items[i] is null).ToList();
        if (missing.Count > 0)
            throw new RequestValidationException(missing.ToDictionary(i => $"{field}[{i}]", _ => new[] { "An element is required here, not null." }));
        return items!;
    }
}
