using Crm.Api.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Persistence;

namespace Crm.Api.Features.Catalog;

/// <summary>Products and customers as synced from the ERP, for pickers and lists.</summary>
public static class CatalogEndpoints
{
    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/products", (string? search, int? page, int? pageSize, CrmDbContext db, CancellationToken ct) =>
            {
                var query = db.Products.Where(p => p.DeletedInErpAt == null);
                if (!string.IsNullOrWhiteSpace(search))
                    query = query.Where(p => p.ItemNumber.Contains(search) || p.Description.Contains(search));
                return query.OrderBy(p => p.ItemNumber)
                    .Select(p => new ProductSummary(p.ItemNumber, p.Description, p.BaseUnit, p.UnitPrice, p.Currency, p.Plant))
                    .PageAsync(page, pageSize, ct);
            })
            .WithTags("Catalog")
            .Produces<PagedResult<ProductSummary>>()
            .ProducesValidationProblem();

        app.MapGet("/api/customers", (string? search, int? page, int? pageSize, CrmDbContext db, CancellationToken ct) =>
            {
                var query = db.Customers.Where(c => c.DeletedInErpAt == null);
                if (!string.IsNullOrWhiteSpace(search))
                    query = query.Where(c => c.CustomerNumber.Contains(search) || c.Name.Contains(search));
                return query.OrderBy(c => c.Name)
                    .Select(c => new CustomerSummary(c.CustomerNumber, c.Name, c.City, c.Country, c.TransitDays))
                    .PageAsync(page, pageSize, ct);
            })
            .WithTags("Catalog")
            .Produces<PagedResult<CustomerSummary>>()
            .ProducesValidationProblem();
    }
}
