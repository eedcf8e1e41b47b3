using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>An answer the desk wrote down once: Markdown for the body, tags and products to find it by, versions
/// for every revision. Public published articles are shown to customers in the portal.</summary>
public sealed class KnowledgeArticle : AggregateRoot
{
    public const int MaxTitleLength = 200, MaxBodyLength = 50_000, MaxTags = 20, MaxTagLength = 40, MaxProducts = 50;

    private readonly List<ArticleVersion> _versions = [];

    private KnowledgeArticle()
    {
        Title = Body = Author = UpdatedBy = SearchText = "";
        Tags = [];
        Products = [];
    }

    public ArticleId Id { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string[] Tags { get; private set; }

    public string[] Products { get; private set; }

    public ArticleStatus Status { get; private set; }

    /// <summary>Shown to customers in the portal once published.</summary>
    public bool IsPublic { get; private set; }

    public string Author { get; private set; }

    /// <summary>1 for the first text, one more for each revision.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Title, tags and the whole body folded for accent- and case-insensitive search.</summary>
    public string SearchText { get; private set; }

    public IReadOnlyList<ArticleVersion> Versions => _versions;

    public static KnowledgeArticle Write(string? title, string? body, IEnumerable<string>? tags, IEnumerable<ItemNumber>? products, bool isPublic, ChangeContext context)
    {
        var article = new KnowledgeArticle { Author = context.By, CreatedAt = context.Now, Status = ArticleStatus.Draft, Revision = 1, IsPublic = isPublic };
        article.Set(title, body, tags, products, context);
        return article;
    }

    /// <summary>A new version; the one it replaces is kept.</summary>
    public void Revise(string? title, string? body, IEnumerable<string>? tags, IEnumerable<ItemNumber>? products, bool? isPublic, ChangeContext context)
    {
        if (Status == ArticleStatus.Archived)
            throw new DomainRuleException("article.archived", "An archived article is not revised; write a new one.", "status");
        _versions.Add(new ArticleVersion(Revision, Title, Body, UpdatedBy, UpdatedAt));
        Revision++;
        if (isPublic is { } shown) IsPublic = shown;
        Set(title, body, tags, products, context);
    }

    public void Publish(ChangeContext context)
    {
        if (Status == ArticleStatus.Published) return;
        if (Status == ArticleStatus.Archived)
            throw new DomainRuleException("article.archived", "An archived article stays archived; write a new one.", "status");
        (Status, PublishedAt, UpdatedAt) = (ArticleStatus.Published, context.Now, context.Now);
    }

    public void Archive(ChangeContext context)
    {
        if (Status == ArticleStatus.Archived) return;
        (Status, UpdatedAt) = (ArticleStatus.Archived, context.Now);
    }

    private void Set(string? title, string? body, IEnumerable<string>? tags, IEnumerable<ItemNumber>? products, ChangeContext context)
    {
        var heading = title?.Trim() ?? "";
        if (heading.Length is 0 or > MaxTitleLength)
            throw new DomainRuleException("article.title", $"An article needs a title of at most {MaxTitleLength} characters.", "title");
        var text = body?.Trim() ?? "";
        if (text.Length is 0 or > MaxBodyLength)
            throw new DomainRuleException("article.body", $"An article needs a body of at most {MaxBodyLength:N0} characters.", "body");
        var tagList = (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToArray();
        if (tagList.Length > MaxTags || tagList.Any(t => t.Length > MaxTagLength))
            throw new DomainRuleException("article.tags", $"An article takes up to {MaxTags} tags of at most {MaxTagLength} characters.", "tags");
        var productList = (products ?? []).Select(p => p.Value).Distinct().ToArray();
        if (productList.Length > MaxProducts)
            throw new DomainRuleException("article.products", $"An article names up to {MaxProducts} products.", "products");
        (Title, Body, Tags, Products, UpdatedAt, UpdatedBy) = (heading, text, tagList, productList, context.Now, context.By);
        SearchText = Common.SearchText.Fold(string.Join(' ', [heading, .. tagList, .. productList, text]));
    }
}
