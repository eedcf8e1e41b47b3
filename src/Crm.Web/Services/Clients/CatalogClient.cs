using System.Net.Http.Json;
using Crm.Contracts;

namespace Crm.Web.Services;

/// <summary>Products and price lists (Catalog).</summary>
public sealed class CatalogClient(ApiTransport api) : ApiClient(api)
{
    public Task<PagedResult<ProductSummary>> ProductsAsync(string? search, int pageSize = 20) =>
        GetAsync<PagedResult<ProductSummary>>($"api/products?pageSize={pageSize}{Filter("search", search)}");

    public Task<PagedResult<PriceListSummary>> PriceListsAsync(ListQuery query) => GetAsync<PagedResult<PriceListSummary>>($"api/price-lists?{List(query)}");

    public Task<PriceListResponse> PriceListAsync(long id) => GetAsync<PriceListResponse>($"api/price-lists/{id}");

    public Task<PriceListResponse> CreatePriceListAsync(PriceListRequest request) => PostAsync<PriceListResponse>("api/price-lists", request);

    public Task<PriceListResponse> UpdatePriceListAsync(long id, PriceListRequest request) => ReadAsync<PriceListResponse>(HttpMethod.Put, $"api/price-lists/{id}", request);

    public async Task<PriceListImportResponse> ImportPriceListLinesAsync(long id, string csv, bool applyValidRows)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/price-lists/{id}/lines/import?applyValidRows={(applyValidRows ? "true" : "false")}",
            new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        return (await response.Content.ReadFromJsonAsync<PriceListImportResponse>(Json))!;
    }
}
