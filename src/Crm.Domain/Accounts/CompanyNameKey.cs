using System.Text;
using Crm.Domain.Common;

namespace Crm.Domain.Accounts;

/// <summary>A company's name as duplicates are compared: folded (case, accents, ß/ss), punctuation gone, legal forms
/// (GmbH, AG, Ltd, S.p.A., B.V., Sp. z o.o., …) dropped, so "Nordwerk GmbH" and "NORDWERK AG" give the same key.</summary>
public static class CompanyNameKey
{
    /// <summary>Legal forms as the tokens they leave once dots are gone and other punctuation split ("Sp. z o.o." →
    /// sp z oo).</summary>
    private static readonly string[][] LegalForms =
    [
        ["sp", "z", "oo"], ["gmbh", "co", "kg"], ["ag", "co", "kg"], ["co", "kg"], ["s", "a"],
        ["gmbh"], ["ggmbh"], ["ag"], ["kg"], ["kgaa"], ["ohg"], ["ug"], ["ek"], ["se"], ["ltd"], ["limited"], ["plc"],
        ["llc"], ["inc"], ["corp"], ["corporation"], ["co"], ["company"], ["sa"], ["sas"], ["sarl"], ["spa"], ["srl"],
        ["sl"], ["bv"], ["nv"], ["vof"], ["oy"], ["oyj"], ["ab"], ["as"], ["asa"], ["aps"], ["sro"], ["kft"], ["zrt"],
        ["doo"], ["lda"], ["spzoo"],
    ];

    public static string Of(string? name)
    {
        var tokens = Tokens(name);
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var form = LegalForms.FirstOrDefault(f => Matches(tokens, i, f));
            // A name that is nothing but a legal form keeps it ("AG" stays "ag").
            if (form is not null && tokens.Count > form.Length)
            {
                i += form.Length;
                continue;
            }
            kept.Add(tokens[i++]);
        }
        return string.Join(' ', kept);
    }

    /// <summary>The folded name's words: dots join what they separate ("S.p.A." → spa), anything else not a letter
    /// or digit separates words.</summary>
    public static List<string> Tokens(string? name)
    {
        var folded = SearchText.Fold(name);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c == '.' || c == '\'') continue;
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static bool Matches(List<string> tokens, int at, string[] form) =>
        at + form.Length <= tokens.Count && form.Select((f, k) => tokens[at + k] == f).All(x => x);
}
