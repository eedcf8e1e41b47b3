using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Crm.Domain.Service;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Service;

/// <summary>Writing, revising, publishing and archiving knowledge articles.</summary>
public sealed class ArticleCommands(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<long> CreateAsync(ArticleRequest request, Viewer viewer, CancellationToken ct)
    {
        var article = KnowledgeArticle.Write(request.Title, request.Body, request.Tags, Products(request.Products), request.Public, Context(viewer));
        db.Articles.Add(article);
        await unitOfWork.SaveAsync(ct);
        return article.Id.Value;
    }

    /// <summary>Text, tags, products or visibility make a new version; a status publishes or archives it.</summary>
    public async Task ChangeAsync(long id, ArticlePatch patch, Viewer viewer, CancellationToken ct)
    {
        var key = new ArticleId(id);
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == key, ct) ?? throw new NotFoundException("Article", id);
        var context = Context(viewer);
        if (patch.Title is not null || patch.Body is not null || patch.Tags is not null || patch.Products is not null || patch.Public is not null)
            article.Revise(patch.Title ?? article.Title, patch.Body ?? article.Body, patch.Tags ?? article.Tags,
                patch.Products is null ? article.Products.Select(p => new ItemNumber(p)) : Products(patch.Products), patch.Public, context);
        switch (EnumInput.Optional<ArticleStatus>(patch.Status, "status"))
        {
            case ArticleStatus.Published: article.Publish(context); break;
            case ArticleStatus.Archived: article.Archive(context); break;
            case ArticleStatus.Draft when article.Status != ArticleStatus.Draft:
                throw RequestValidationException.For("status", "A published article is archived, not made a draft again.");
        }
        await unitOfWork.SaveAsync(ct);
    }

    private static IEnumerable<ItemNumber>? Products(IReadOnlyList<string>? products) =>
        products?.Select((p, i) =>
        {
            try
            {
                return new ItemNumber(p);
            }
            catch (DomainRuleException e)
            {
                throw RequestValidationException.For($"products[{i}]", e.Message);
            }
        }).ToList();

    private ChangeContext Context(Viewer viewer) => new(viewer.UserName, "", time.GetUtcNow());
}
