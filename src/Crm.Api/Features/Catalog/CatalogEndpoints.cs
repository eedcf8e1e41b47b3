using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;
using Crm.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Catalog;

/// <summary>Products as synced from the ERP, for pickers and lists.</summary>
public sealed class CatalogEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/products", async Task<Ok<PagedResult<ProductSummary>>> (string? search, int? page, int? pageSize, CrmDbContext db, CancellationToken ct) =>
            {
                var query = db.Products.Where(p => p.DeletedInErpAt == null);
                if (SearchText.Fold(search) is { Length: > 0 } folded)
                    query = query.Where(p => EF.Functions.Like(p.SearchText, SearchPattern.Containing(folded), SearchPattern.Escape));
                return TypedResults.Ok(await query.OrderBy(p => p.ItemNumber)
                    .Select(p => new ProductSummary(p.ItemNumber, p.Description, p.BaseUnit, p.UnitPrice, p.Currency, p.Plant))
                    .PageAsync(page, pageSize, ct));
            })
            .WithTags("Catalog")
            .WithSummary("Products that can be sold, by item number; search finds number or description, ignoring case and accents.")
            .ProducesValidationProblem();
    }
}
