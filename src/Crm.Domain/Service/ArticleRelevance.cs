using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>How well an article fits a case: the case's words found in the article's title and tags count three
/// times, in its body once. Short and common words do not count.</summary>
public static class ArticleRelevance
{
    private const int MinWordLength = 3, MaxTerms = 12;

    private static readonly HashSet<string> Ignored =
    [
        "the", "and", "for", "with", "our", "not", "but", "are", "was", "has", "have", "from", "this", "that", "you", "your", "please", "can",
        "der", "die", "das", "und", "mit", "von", "ist", "nicht", "ein", "eine", "wir", "bei", "auf", "fur", "bitte",
    ];

    /// <summary>The words of a case worth searching for, longest first (the more telling ones).</summary>
    public static IReadOnlyList<string> Terms(params string?[] texts) =>
        [.. texts.SelectMany(t => SearchText.Fold(t).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= MinWordLength && !Ignored.Contains(w))
            .Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(MaxTerms)];

    public static int Score(IReadOnlyList<string> terms, string title, IEnumerable<string> tags, string body)
    {
        var (heading, text) = (SearchText.Fold(title), SearchText.Fold(body));
        var tagSet = tags.Select(SearchText.Fold).ToHashSet();
        return terms.Sum(term => (heading.Contains(term, StringComparison.Ordinal) || tagSet.Contains(term) ? 3 : 0)
            + (text.Contains(term, StringComparison.Ordinal) ? 1 : 0));
    }

    private static readonly char[] Separators = [.. " \t\r\n.,;:!?()[]{}\"'/\\-_#*<>|=+".ToCharArray()];
}
