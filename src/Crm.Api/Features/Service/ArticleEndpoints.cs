using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Service;

/// <summary>The knowledge base: everyone at the company reads it; the service desk, managers and admins write it.</summary>
public sealed class ArticleEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Knowledge")
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .OnlyExisting("Article", "id", (db, key) =>
            {
                var id = new ArticleId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Articles.Where(a => a.Id == id);
            });

        articles.MapGet("/", async Task<Ok<PagedResult<ArticleSummary>>> (
                string? search, string? status, string? tag, string? product, int? page, int? pageSize, ArticleQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(search, status, tag, product, publicOnly: false, page, pageSize, ct)))
            .WithSummary("Articles (all but archived ones unless a status is asked for), found by words in title, tags, products and body (accent- and case-insensitive), by tag or product; latest first, with how many cases each solved.")
            .ProducesValidationProblem();

        articles.MapGet("/suggestions", async Task<Ok<IReadOnlyList<ArticleSuggestion>>> (long caseId, ArticleQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.SuggestAsync(caseId, ct)))
            .WithSummary("Published articles that fit a case's subject and description, best first (up to five).")
            .ProducesValidationProblem();

        articles.MapGet("/{id:long}", async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> (long id, ArticleQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, publicOnly: false, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound("Article", id))
            .WithSummary("One article: its Markdown, the same rendered to sanitised HTML, and its versions.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        articles.MapPost("/", async Task<Created<ArticleResponse>> (ArticleRequest request, Viewer viewer, ArticleCommands commands, ArticleQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, viewer, ct);
                return TypedResults.Created($"/api/articles/{id}", (await queries.FindAsync(id, false, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.CaseWorkers))
            .WithSummary("Writes an article as a draft (Markdown body, tags, products; public: shown in the portal once published).")
            .ProducesValidationProblem();

        articles.MapPatch("/{id:long}", async Task<Ok<ArticleResponse>> (long id, ArticlePatch patch, Viewer viewer, ArticleCommands commands, ArticleQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeAsync(id, patch, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, false, ct))!);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.CaseWorkers))
            .WithSummary("Revises an article (a new version; the old one is kept) and/or publishes or archives it (status). If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
