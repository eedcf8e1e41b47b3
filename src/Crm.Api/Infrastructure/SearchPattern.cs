namespace Crm.Api.Infrastructure;

/// <summary>A LIKE pattern for "contains this folded text", its wildcards escaped. LIKE rather than a string
/// function, so that PostgreSQL's trigram indexes on the search texts answer it.</summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    public static string Containing(string folded) =>
        $"%{folded.Replace(Escape, Escape + Escape, StringComparison.Ordinal).Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal)}%";
}
