using Crm.Api.Infrastructure;

namespace Crm.Api.Features.Catalog;

/// <summary>Products as the ERP sends them, price lists and the prices of a line.</summary>
public sealed class CatalogModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(LinePricing), typeof(PriceListQueries), typeof(PriceListCommands), typeof(PriceListImport));
    }
}
