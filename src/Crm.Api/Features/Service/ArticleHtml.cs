using Ganss.Xss;
using Markdig;

namespace Crm.Api.Features.Service;

/// <summary>An article's Markdown as HTML that is safe to show: Markdig renders it (tables, lists, links), and
/// HtmlSanitizer removes whatever could run in a reader's browser (scripts, event handlers, javascript: links).</summary>
public sealed class ArticleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public string Render(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
