using System.Net.Http.Json;
using Crm.Contracts;
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

    [Theory]
    [InlineData("nord", "C-1")]
    [InlineData("NORDWERK", "C-1")]
    [InlineData("krakow", "C-2")]
    [InlineData("KRAKÓW", "C-2")]
    [InlineData("grosshandel", "C-3")]
    [InlineData("c-3", "C-3")]
    public async Task Customer_search_ignores_case_and_accents(string search, string expected)
    {
        await ErpHoldsAsync(Dataset([Item("A")],
        [
            Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH" },
            Customer("C-2") with { Name = "Fabryka Śrub", City = "Kraków" },
            Customer("C-3") with { Name = "Großhandel Süd AG" },
        ]));
        using var sales = await SignedInAsync("sales");

        var found = await sales.GetAsync<PagedResult<CustomerSummary>>($"/api/customers?search={Uri.EscapeDataString(search)}");

        Assert.Equal([expected], found.Items.Select(c => c.CustomerNumber));
    }

    [Fact]
    public async Task Product_search_ignores_case_and_accents()
    {
        await ErpHoldsAsync(Dataset([Item("A") with { Description = "Pompe hydraulique à piston" }, Item("B")]));
        using var sales = await SignedInAsync("sales");

        var found = await sales.GetAsync<PagedResult<ProductSummary>>("/api/products?search=POMPE%20HYDRAULIQUE%20A");

        Assert.Equal(["A"], found.Items.Select(p => p.ItemNumber));
    }

    [Fact]
    public async Task A_customers_receiving_days_decide_when_its_goods_arrive_and_survive_the_next_sync()
    {
        var dataset = Dataset([Item("A")], [Customer("C-1", transitDays: 1)], [Stock("A", 10)]);
        await ErpHoldsAsync(dataset);
        using var desk = await SignedInAsync("orderdesk");

        var set = await desk.PutAsync<CustomerSummary>("/api/customers/C-1/receiving-days", new ReceivingDaysRequest([DayOfWeek.Thursday]));
        await ErpHoldsAsync(dataset);
        var check = await desk.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, March(14), false, [new("A", 5)]));

        Assert.Equal([DayOfWeek.Thursday], set.ReceivingDays);
        Assert.Equal([DayOfWeek.Thursday], (await desk.GetAsync<CustomerSummary>("/api/customers/C-1")).ReceivingDays);
        // Sunday the 14th is not a receiving day: answered for Thursday the 11th, shipped the day before.
        Assert.Equal(March(11), check.AnsweredForDeliveryDate);
        Assert.Equal((March(10), March(11)), check.Lines.Single().ScheduleLines.Select(s => (s.ShipDate, s.DeliveryDate)).Single());
        var refused = await desk.PutAsJsonAsync("/api/customers/C-1/receiving-days", new ReceivingDaysRequest([]));
        Assert.Contains("days", (await refused.FieldErrorsAsync()).Keys);
    }
}
