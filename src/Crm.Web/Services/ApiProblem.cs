using Crm.Contracts;
using System.Text.RegularExpressions;

namespace Crm.Web.Services;

/// <summary>A problem-details answer from the API, with its per-field errors, in words for the screen.</summary>
public sealed partial class ApiProblem(
    int status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<DuplicateCandidate>? candidates = null)
    : Exception(detail ?? title)
{
    /// <summary>The records that what was entered likely is already (a 409 of the duplicate check).</summary>
    public IReadOnlyList<DuplicateCandidate> Candidates { get; } = candidates ?? [];

    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ApiProblem NoConnection() => new(0, "No connection to the server",
        "The server could not be reached, so nothing was saved. Check the connection and try again.", new Dictionary<string, string[]>());

    public static ApiProblem Unexpected() => new(0, "Something went wrong",
        "The page could not do that. Try again; if it keeps happening, tell your administrator.", new Dictionary<string, string[]>());

    /// <summary>The messages for one field (the API's key, e.g. "customerNumber" or "lines[0].quantity"), with the
    /// field's name replaced by what the screen calls it.</summary>
    public IReadOnlyList<string> For(string field, string label) =>
        [.. Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value).Select(m => Humanize(m, field, label))];

    /// <summary>The messages no field on the screen shows: the detail, or the errors of fields the page does not name.</summary>
    public IReadOnlyList<string> Unplaced(IReadOnlyCollection<string> placedFields)
    {
        var unplaced = Errors.Where(e => !placedFields.Contains(e.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(e => e.Value.Select(m => Humanize(m, e.Key, FieldWords(e.Key))))
            .ToList();
        if (unplaced.Count == 0 && Errors.Count == 0)
            unplaced.Add(Candidates.Count > 0 ? "These look like the same. Open one of them, or say it is not one of them and save again." : Detail ?? Title);
        return unplaced;
    }

    /// <summary>"The CustomerNumber field is required." becomes "Customer is required."</summary>
    public static string Humanize(string message, string field, string label)
    {
        var name = LastSegment(field);
        var required = RequiredMessage().Match(message);
        if (required.Success) return $"{label} is required.";
        return Regex.Replace(message, $@"\b(the field |the )?{Regex.Escape(name)}( field)?\b", label, RegexOptions.IgnoreCase);
    }

    /// <summary>"lines[1].quantity" → "Line 2 quantity", for errors of fields a page has no place for.</summary>
    public static string FieldWords(string field)
    {
        var line = LineIndex().Match(field);
        var words = SplitWords().Replace(LastSegment(field), " $1").Trim().ToLowerInvariant();
        words = words.Length == 0 ? "Value" : char.ToUpperInvariant(words[0]) + words[1..];
        return line.Success ? $"Line {int.Parse(line.Groups[1].Value) + 1}: {words.ToLowerInvariant()}" : words;
    }

    private static string LastSegment(string field) => field.Split('.')[^1].Split('[')[0];

    [GeneratedRegex(@"^The \w+ field is required\.$")]
    private static partial Regex RequiredMessage();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex LineIndex();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex SplitWords();
}
