using System.Linq.Expressions;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Finding knowledge articles: by words (title, tags, products and body, accent- and case-insensitive), by
/// tag and product; one article with its Markdown rendered safe; and the articles that fit a case.</summary>
public sealed class ArticleQueries(CrmDbContext db, ArticleHtml html)
{
    private const int Suggested = 5, Candidates = 100;

    /// <param name="publicOnly">The portal's view: published public articles only.</param>
    public Task<PagedResult<ArticleSummary>> ListAsync(string? search, string? status, string? tag, string? product, bool publicOnly,
        int? page, int? pageSize, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking();
        if (publicOnly) articles = articles.Where(a => a.Status == ArticleStatus.Published && a.IsPublic);
        else if (EnumInput.Optional<ArticleStatus>(status, "status") is { } one) articles = articles.Where(a => a.Status == one);
        else articles = articles.Where(a => a.Status != ArticleStatus.Archived);
        foreach (var word in SearchText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = SearchPattern.Containing(word);
            articles = articles.Where(a => EF.Functions.Like(a.SearchText, pattern, SearchPattern.Escape));
        }
        if (tag is { Length: > 0 })
        {
            var wanted = tag.Trim().ToLowerInvariant();
            articles = articles.Where(a => a.Tags.Contains(wanted));
        }
        if (product is { Length: > 0 })
        {
            var wanted = product.Trim();
            articles = articles.Where(a => a.Products.Contains(wanted));
        }
        var solved = SolvedLinks();
        return articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Select(a => new ArticleSummary(a.Id.Value, a.Title, a.Tags, a.Status.ToString(), a.IsPublic, a.Revision, a.UpdatedAt,
                solved.Count(l => l.Article == a.Id)))
            .PageAsync(page, pageSize, ct);
    }

    public async Task<ArticleResponse?> FindAsync(long id, bool publicOnly, CancellationToken ct)
    {
        var key = new ArticleId(id);
        var article = await db.Articles.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == key && (!publicOnly || (a.Status == ArticleStatus.Published && a.IsPublic)), ct);
        if (article is null) return null;
        var solved = await SolvedLinks().CountAsync(l => l.Article == key, ct);
        return new ArticleResponse(article.Id.Value, article.Title, article.Body, html.Render(article.Body), article.Tags, article.Products,
            article.Status.ToString(), article.IsPublic, article.Author, article.Revision, article.UpdatedAt, article.UpdatedBy, article.PublishedAt, solved,
            publicOnly ? [] : [.. article.Versions.OrderByDescending(v => v.Revision).Select(v => new ArticleVersionResponse(v.Revision, v.Title, v.EditedBy, v.EditedAt))]);
    }

    /// <summary>Published articles that share the case's telling words, best first: the words found in title or tags
    /// count three, in the body one; ties go to the article that solved more cases.</summary>
    public async Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(long caseId, CancellationToken ct)
    {
        var key = new CaseId(caseId);
        var serviceCase = await db.Cases.AsNoTracking().Where(c => c.Id == key).Select(c => new { c.Subject, c.Description }).FirstOrDefaultAsync(ct)
            ?? throw RequestValidationException.For("caseId", $"There is no case {caseId}.");
        var terms = ArticleRelevance.Terms(serviceCase.Subject, serviceCase.Description);
        if (terms.Count == 0) return [];
        var candidates = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).Where(AnyOf(terms))
            .OrderByDescending(a => a.UpdatedAt).Take(Candidates)
            .Select(a => new { a.Id, a.Title, a.Tags, a.Body }).ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var solved = await SolvedLinks().Where(l => ids.Contains(l.Article)).GroupBy(l => l.Article)
            .Select(g => new { Article = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Article, g => g.Count, ct);
        return [.. candidates
            .Select(c => new ArticleSuggestion(c.Id.Value, c.Title, c.Tags, ArticleRelevance.Score(terms, c.Title, c.Tags, c.Body), solved.GetValueOrDefault(c.Id)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.SolvedCases).ThenBy(s => s.Id)
            .Take(Suggested)];
    }

    private IQueryable<CaseArticleLink> SolvedLinks() => db.Cases.SelectMany(c => c.Articles).Where(l => l.Solved);

    /// <summary>"The search text contains one of the terms", as one LIKE per term joined by OR.</summary>
    private static Expression<Func<KnowledgeArticle, bool>> AnyOf(IReadOnlyList<string> terms)
    {
        var article = Expression.Parameter(typeof(KnowledgeArticle), "a");
        var text = Expression.Property(article, nameof(KnowledgeArticle.SearchText));
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var functions = Expression.Constant(EF.Functions);
        var body = terms.Select(t => (Expression)Expression.Call(like, functions, text, Expression.Constant(SearchPattern.Containing(t)), Expression.Constant(SearchPattern.Escape)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<KnowledgeArticle, bool>>(body, article);
    }
}
