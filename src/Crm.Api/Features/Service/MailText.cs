using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Crm.Api.Features.Service;

/// <summary>What a customer wrote in a mail: its plain-text part, else the text of its HTML part; of a reply, the new
/// text without the quoted history under it.</summary>
public static class MailText
{
    private static readonly HashSet<HtmlTagId> Breaks =
        [HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.BlockQuote];

    public static string Of(MimeMessage message) =>
        message.TextBody is { } text ? text.ReplaceLineEndings("\n").Trim() : message.HtmlBody is { } html ? FromHtml(html) : "";

    /// <summary>Drops quoted lines and everything from the line that introduces the earlier mail ("On … wrote:").</summary>
    public static string WithoutQuotedHistory(string text)
    {
        var kept = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (IntroducesHistory(trimmed)) break;
            if (!trimmed.StartsWith('>')) kept.Add(line.TrimEnd());
        }
        return string.Join('\n', kept).Trim();
    }

    private static bool IntroducesHistory(string line) =>
        line.StartsWith("-----Original Message", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("-----Ursprüngliche Nachricht", StringComparison.OrdinalIgnoreCase)
        || (line.StartsWith("On ", StringComparison.Ordinal) && line.EndsWith("wrote:", StringComparison.Ordinal))
        || (line.StartsWith("Am ", StringComparison.Ordinal) && line.EndsWith("schrieb:", StringComparison.Ordinal));

    private static string FromHtml(string html)
    {
        var text = new StringBuilder();
        var hidden = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken { Id: HtmlTagId.Style or HtmlTagId.Script or HtmlTagId.Head } hiding when !hiding.IsEmptyElement:
                    hidden += hiding.IsEndTag ? -1 : 1;
                    break;
                case HtmlTagToken tag when Breaks.Contains(tag.Id) && (tag.IsEndTag || tag.Id == HtmlTagId.Br):
                    text.Append('\n');
                    break;
                case HtmlDataToken { Kind: HtmlTokenKind.Data } data when hidden == 0:
                    text.Append(data.Data);
                    break;
            }
        }
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim();
    }
}
