using Crm.Contracts;
using Crm.Api.Features.Accounts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.ReadModels;

public sealed class SearchEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", async Task<Ok<SearchResponse>> (string? q, Viewer viewer, GlobalSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.HandleAsync(q, viewer, ct)))
            .WithTags("Search")
            .WithSummary($"Customers, quotes and orders matching the text (at least two letters; number, name or city, ignoring case and accents), up to {GlobalSearch.PerKind} of each.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
