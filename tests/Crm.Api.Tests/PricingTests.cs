using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>A line's price: the customer's price list, else its group's, else everyone's, else the ERP list price;
/// within a list the volume break with the highest minimum at or below the quantity.</summary>
public sealed class PricingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_line_is_priced_from_the_most_specific_list_that_has_a_break_for_its_quantity()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m), Item("VALVE", price: 20m), Item("SEAL", price: 5m)],
            [Customer("C-1", group: "A"), Customer("C-2", group: "B")], [Stock("PUMP", 100), Stock("VALVE", 100), Stock("SEAL", 100)]));
        using var manager = await SignedInAsync("manager");
        var everyone = await CreateAsync(manager, new PriceListRequest("List 2027", "EUR", null, null, March(1), null,
            [new("PUMP", 0, 480m), new("PUMP", 10, 450m), new("VALVE", 100, 15m)]));
        var groupA = await CreateAsync(manager, new PriceListRequest("Group A", "EUR", null, "A", March(1), new DateOnly(2027, 12, 31),
            [new("PUMP", 0, 470m), new("PUMP", 50, 400m)]));
        var c1 = await CreateAsync(manager, new PriceListRequest("Nordwerk contract", "EUR", "C-1", null, new DateOnly(2027, 1, 1), null, [new("PUMP", 20, 390m)]));
        // Neither counts: one ended yesterday, the other is in another currency.
        await CreateAsync(manager, new PriceListRequest("Old C-2 deal", "EUR", "C-2", null, new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 28), [new("PUMP", 0, 1m)]));
        await CreateAsync(manager, new PriceListRequest("US list", "USD", null, null, March(1), null, [new("PUMP", 0, 2m)]));
        using var sales = await SignedInAsync("sales");

        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false,
            [new("PUMP", 5), new("PUMP", 25, DiscountPercent: 2), new("VALVE", 10), new("SEAL", 1), new("PUMP", 60)]), HttpStatusCode.Created);
        var other = await (await SignedInAsync("orderdesk")).PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-2", null, null, false, [new AvailabilityLineRequest("PUMP", 12)]), HttpStatusCode.Created);

        Assert.Equal(
        [
            (470m, "GroupPriceList", (long?)groupA, 2350m),   // the customer's list has no break for 5: its group's does
            (390m, "CustomerPriceList", c1, 9555m),          // 25 × 390 less 2 %
            (20m, "ErpListPrice", null, 200m),               // everyone's list starts at 100 valves
            (5m, "ErpListPrice", null, 5m),                  // on no list
            (390m, "CustomerPriceList", c1, 23400m),         // the customer's list wins over the group's 400 from 50
        ], quote.Lines.Select(l => (l.UnitPrice, l.PriceSource, l.PriceListId, l.NetAmount)));
        Assert.Equal((35510m, "EUR"), (quote.NetTotal, quote.Currency));
        var order = await sales.GetAsync<OrderResponse>($"/api/orders/{other.Id}");
        Assert.Equal((450m, "GeneralPriceList", (long?)everyone), (order.Lines[0].UnitPrice, order.Lines[0].PriceSource, order.Lines[0].PriceListId));
    }

    [Fact]
    public async Task A_price_the_rep_types_is_theirs_and_a_converted_order_keeps_every_price_and_discount()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m), Item("VALVE", price: 20m)], [Customer("C-1")], [Stock("PUMP", 10), Stock("VALVE", 10)]));
        using var manager = await SignedInAsync("manager");
        var list = await CreateAsync(manager, new PriceListRequest("List", "EUR", null, null, March(1), null, [new("PUMP", 0, 480m)]));
        using var sales = await SignedInAsync("sales");

        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false,
            [new("PUMP", 2, UnitPrice: 480m, DiscountPercent: 5), new("VALVE", 3, UnitPrice: 18.5m)]), HttpStatusCode.Created);
        await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);
        var created = await sales.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);
        var order = await sales.GetAsync<OrderResponse>($"/api/orders/{created.Id}");

        Assert.Equal([(480m, 5m, "GeneralPriceList", (long?)list), (18.5m, 0m, "Manual", null)],
            quote.Lines.Select(l => (l.UnitPrice, l.DiscountPercent, l.PriceSource, l.PriceListId)));
        Assert.Equal(quote.Lines.Select(l => (l.UnitPrice, l.DiscountPercent, l.PriceSource, l.PriceListId, l.NetAmount)),
            order.Lines.Select(l => (l.UnitPrice, l.DiscountPercent, l.PriceSource, l.PriceListId, l.NetAmount)));
        Assert.Equal((quote.NetTotal, quote.Currency), (order.NetTotal, order.Currency));
    }

    [Fact]
    public async Task Bad_price_list_input_names_the_field_and_stores_nothing()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")]));
        using var manager = await SignedInAsync("manager");
        async Task<string> FieldAsync(string json)
        {
            var response = await manager.PostAsync("/api/price-lists", new StringContent(json, Encoding.UTF8, "application/json"));
            return string.Join(",", (await response.FieldErrorsAsync()).Keys.Order());
        }

        Assert.Equal("name", await FieldAsync("""{"currency":"EUR","validFrom":"2027-03-01","lines":[]}"""));
        Assert.Equal("currency", await FieldAsync("""{"name":"L","currency":"E1R","validFrom":"2027-03-01"}"""));
        Assert.Equal("validFrom", await FieldAsync("""{"name":"L","currency":"EUR"}"""));
        Assert.Equal("validTo", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","validTo":"2027-02-01"}"""));
        Assert.Equal("customerGroup", await FieldAsync("""{"name":"L","currency":"EUR","customerNumber":"C-1","customerGroup":"A","validFrom":"2027-03-01"}"""));
        Assert.Equal("customerNumber", await FieldAsync("""{"name":"L","currency":"EUR","customerNumber":"C-404","validFrom":"2027-03-01"}"""));
        Assert.Equal("lines[0].itemNumber", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","lines":[{"itemNumber":"NOPE","minQuantity":0,"unitPrice":1}]}"""));
        Assert.Equal("lines[0].unitPrice", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","lines":[{"itemNumber":"PUMP","minQuantity":0,"unitPrice":-1}]}"""));
        Assert.Equal("lines[0].minQuantity", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","lines":[{"itemNumber":"PUMP","unitPrice":1}]}"""));
        Assert.Equal("lines[1].minQuantity", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","lines":[{"itemNumber":"PUMP","minQuantity":5,"unitPrice":1},{"itemNumber":"PUMP","minQuantity":5,"unitPrice":2}]}"""));
        Assert.Equal("lines[0]", await FieldAsync("""{"name":"L","currency":"EUR","validFrom":"2027-03-01","lines":[null]}"""));

        using var sales = await SignedInAsync("sales");
        var byRep = await sales.PostAsJsonAsync("/api/price-lists", new PriceListRequest("Mine", "EUR", null, null, March(1), null, []));
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(0, (await manager.GetAsync<PagedResult<PriceListSummary>>("/api/price-lists")).Total);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_changes_nothing_unless_the_good_rows_are_asked_for()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP"), Item("VALVE")], [Customer("C-1")]));
        using var manager = await SignedInAsync("manager");
        var list = await CreateAsync(manager, new PriceListRequest("List", "EUR", null, null, March(1), null, [new("PUMP", 0, 100m)]));
        var csv = string.Join("\n",
            "itemNumber,minQuantity,UNITPRICE",
            "PUMP,0,95.50",       // reprices the list's PUMP from 0
            "VALVE,10,ten",       // not a number
            "NOPE,1,3",           // unknown item
            "PUMP,50,80",
            "VALVE,-1,2",         // negative minimum
            "PUMP,50,79");        // PUMP from 50 twice

        var refused = await ImportAsync(manager, list, csv, applyValidRows: false);
        var errors = await refused.FieldErrorsAsync();
        Assert.Equal(["rows[3].unitPrice", "rows[4].itemNumber", "rows[6].minQuantity", "rows[7].minQuantity"], errors.Keys.Order());
        Assert.Equal("'ten' is not a number (write 12.50).", errors["rows[3].unitPrice"].Single());
        Assert.Equal([(0m, 100m)], (await manager.GetAsync<PriceListResponse>($"/api/price-lists/{list}")).Lines.Select(l => (l.MinQuantity, l.UnitPrice)));

        var taken = await (await ImportAsync(manager, list, csv, applyValidRows: true)).ReadAsync<PriceListImportResponse>();
        Assert.Equal((6, 2), (taken.RowsRead, taken.RowsApplied));
        Assert.Equal([3, 4, 6, 7], taken.Skipped.Select(s => s.Row));
        Assert.Equal([("PUMP", 0m, 95.5m), ("PUMP", 50m, 80m)],
            (await manager.GetAsync<PriceListResponse>($"/api/price-lists/{list}")).Lines.Select(l => (l.ItemNumber, l.MinQuantity, l.UnitPrice)));

        var noPrices = await (await ImportAsync(manager, list, "itemNumber,minQuantity\nPUMP,1", applyValidRows: true)).FieldErrorsAsync();
        Assert.Equal(["rows[1].unitPrice"], noPrices.Keys);
    }

    [Fact]
    public async Task A_customers_own_price_list_is_there_only_for_who_sees_the_customer()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1"), Customer("C-2")]));
        await HandToTeamAsync("C-2", "South", "sales2@demo.b2bcrm");
        using var manager = await SignedInAsync("manager");
        var southDeal = await CreateAsync(manager, new PriceListRequest("Baltic deal", "EUR", "C-2", null, March(1), null, [new("PUMP", 0, 1m)]));
        var general = await CreateAsync(manager, new PriceListRequest("List", "EUR", null, null, March(1), null, [new("PUMP", 0, 2m)]));
        using var north = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");

        Assert.Equal([general], (await north.GetAsync<PagedResult<PriceListSummary>>("/api/price-lists")).Items.Select(l => l.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/api/price-lists/{southDeal}")).StatusCode);
        Assert.Equal("Baltic deal", (await south.GetAsync<PriceListResponse>($"/api/price-lists/{southDeal}")).Name);
    }

    private static async Task<long> CreateAsync(HttpClient manager, PriceListRequest request) =>
        (await manager.PostAsync<PriceListResponse>("/api/price-lists", request, HttpStatusCode.Created)).Id;

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, long list, string csv, bool applyValidRows) =>
        client.PostAsync($"/api/price-lists/{list}/lines/import?applyValidRows={applyValidRows.ToString().ToLowerInvariant()}",
            new StringContent(csv, Encoding.UTF8, "text/csv"));
}
