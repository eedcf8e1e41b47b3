using System.Text;

namespace Crm.Domain.Common;

/// <summary>Text folded for searching: lower case, accents gone, ß as ss, so that "krakow" finds "Kraków" and
/// "nord" finds "Nordwerk" on every database, whatever its collation.</summary>
public static class SearchText
{
    public const int MaxLength = 400;

    // The app runs with invariant globalization, where Unicode decomposition is not available, so the Latin letters
    // of European names (U+00C0 to U+017F) are folded by a table; '?' marks those that become two letters.
    private const char LatinFrom = '\u00C0';
    private const string Latin =
        "aaaaaa?ceeeeiiiidnooooo×ouuuuy??aaaaaa?ceeeeiiiidnooooo÷ouuuuy?yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private static readonly Dictionary<char, string> TwoLetters = new()
    {
        ['Æ'] = "ae", ['æ'] = "ae", ['Þ'] = "th", ['þ'] = "th", ['ß'] = "ss", ['Ĳ'] = "ij", ['ĳ'] = "ij", ['Œ'] = "oe", ['œ'] = "oe",
    };

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var trimmed = text.Trim();
        var folded = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            var index = c - LatinFrom;
            if (index < 0 || index >= Latin.Length) folded.Append(char.ToLowerInvariant(c));
            else if (Latin[index] != '?') folded.Append(Latin[index]);
            else folded.Append(TwoLetters[c]);
        }
        return folded.ToString();
    }

    /// <summary>The searchable text of a record: its fields folded and joined, cut to what the column holds.</summary>
    public static string Of(params string?[] fields)
    {
        var joined = string.Join(' ', fields.Select(Fold).Where(f => f.Length > 0));
        return joined.Length <= MaxLength ? joined : joined[..MaxLength];
    }
}
