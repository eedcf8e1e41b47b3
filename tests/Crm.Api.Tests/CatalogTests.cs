using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

public sealed class CatalogTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData(2)]
    [InlineData(int.MaxValue)]
    public async Task A_page_beyond_the_last_is_empty_and_still_counts_everything(int page)
    {
        await ErpHoldsAsync(Dataset([Item("A"), Item("B"), Item("C")]));
        using var sales = await SignedInAsync("sales");

        var products = await sales.GetAsync<PagedResult<ProductSummary>>($"/api/products?page={page}&pageSize=200");

        Assert.Equal((0, 3, page), (products.Items.Count, products.Total, products.Page));
    }
}
