using Crm.Contracts;
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
                    .Select(p => new ProductSummary(p.ItemNumber, p.Description, p.BaseUnit, p.UnitPrice, p.Currency, p.Plant, p.FloorPrice))
                    .PageAsync(page, pageSize, ct));
            })
            .WithTags("Catalog")
            .WithSummary("Products that can be sold, by item number; search finds number or description, ignoring case and accents.")
            .ProducesValidationProblem();

        app.MapPut("/api/products/{itemNumber}/floor-price", async Task<Ok<ProductSummary>> (
                string itemNumber, FloorPriceRequest request, CrmDbContext db, UnitOfWork unitOfWork, CancellationToken ct) =>
            {
                var item = itemNumber.Trim();
                var product = await db.Products.FirstOrDefaultAsync(p => p.ItemNumber == item && p.DeletedInErpAt == null, ct)
                    ?? throw new NotFoundException("Product", itemNumber);
                product.SetFloorPrice(request.FloorPrice);
                await unitOfWork.SaveAsync(ct);
                return TypedResults.Ok(new ProductSummary(product.ItemNumber, product.Description, product.BaseUnit, product.UnitPrice, product.Currency, product.Plant, product.FloorPrice));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .WithTags("Catalog")
            .WithSummary("The lowest net unit price a rep may quote for the item without a manager's approval; null removes it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
