namespace Crm.Web.Services;

/// <summary>A problem-details answer from the API, with its per-field errors.</summary>
public sealed class ApiProblem(int status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Everything worth showing a user, one line each.</summary>
    public IEnumerable<string> Lines =>
        Errors.Count == 0 ? [Detail ?? Title] : Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
}
