using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

public sealed class QuoteToOrderTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_quote_becomes_one_promised_order_that_reaches_the_ERP_exactly_once()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1", transitDays: 2)], [Stock("PUMP", 12)],
            calendar: Calendar(pickPackDays: 1)));
        using var sales = await SignedInAsync("sales");

        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", March(10), March(31), false, [new("PUMP", 10, DiscountPercent: 5)]), HttpStatusCode.Created);
        Assert.Equal((500m, 4750m, "Draft"), (quote.Lines.Single().UnitPrice, quote.NetTotal, quote.Status));

        var promise = await sales.PostAsync<AvailabilityResponse>($"/api/quotes/{quote.Id}/check", null);
        Assert.Equal(new ScheduleLineResponse(10, March(5), March(8), March(10)), promise.Lines.Single().ScheduleLines.Single());

        await SendQuoteAsync(sales, quote.Id);
        var accepted = await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);
        Assert.Equal("Accepted", accepted.Status);

        var order = await sales.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);
        var again = await sales.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null);
        Assert.Equal(order, again);

        var confirmed = await sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{order.Id}/confirm", null);
        Assert.Equal("Confirmed", confirmed.Status);

        var pushed = await Http.EventuallyAsync(Fixture.Erp.SalesOrdersAsync, o => o.Count > 0, "the order reaches the ERP");
        var erpOrder = Assert.Single(pushed);
        Assert.Equal((order.Number, "C-1", 1), (erpOrder.Order.ExternalReference, erpOrder.Order.CustomerNumber, erpOrder.Posts));
        Assert.Equal(10m, erpOrder.Order.Items.Single().ScheduleLines!.Sum(s => s.Quantity));

        var released = await Http.EventuallyAsync(
            () => sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the order shows as released");
        Assert.Equal((erpOrder.Order.SalesOrderNumber, quote.Id), (released.ErpOrderNumber, released.QuoteId));
        // The order sells at the quote's price and discount, not at today's list price.
        Assert.Equal((500m, 5m, 4750m), (released.Lines.Single().UnitPrice, released.Lines.Single().DiscountPercent, released.Lines.Single().NetAmount));
        Assert.Equal((4750m, "EUR"), (released.NetTotal, released.Currency));
        Assert.Equal(order.Id, (await sales.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}")).SalesOrderId);
    }

    [Fact]
    public async Task An_order_entered_directly_sells_at_the_list_price_and_a_cancelled_line_counts_nothing()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m), Item("VALVE", price: 12.5m)], stock: [Stock("PUMP", 10), Stock("VALVE", 10)]));
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("PUMP", 2), ("VALVE", 4));

        await desk.PostAsync<OrderResponse>($"/api/orders/{order.Id}/lines/2/cancel", new CancelRequest("Customer buys valves elsewhere"));
        var shown = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        var listed = await desk.GetAsync<PagedResult<OrderSummary>>("/api/orders");

        Assert.Equal([(500m, 0m, 1000m), (12.5m, 0m, 0m)], shown.Lines.Select(l => (l.UnitPrice, l.DiscountPercent, l.NetAmount)));
        Assert.Equal((1000m, 1000m), (shown.NetTotal, listed.Items.Single().NetTotal));
    }

    [Fact]
    public async Task Two_conversions_at_once_still_make_one_order()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);
        await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => sales.PostAsync($"/api/quotes/{quote.Id}/convert", null)));

        Assert.All(results, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Equal(1, (await sales.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Total);
    }

    [Fact]
    public async Task A_quote_that_is_not_accepted_does_not_convert()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")]));
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);

        var response = await sales.PostAsync($"/api/quotes/{quote.Id}/convert", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("quote.not_accepted", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_draft_quote_can_be_revised_and_listed()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 7m), Item("B", price: 3m)], [Customer("C-1")]));
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);

        var revised = await (await sales.PutAsync($"/api/quotes/{quote.Id}", System.Net.Http.Json.JsonContent.Create(
            new QuoteRequest("C-1", March(20), March(25), false, [new("A", 2), new("B", 4, UnitPrice: 2.5m)])))).ReadAsync<QuoteResponse>();

        Assert.Equal([("A", 2m, 7m), ("B", 4m, 2.5m)], revised.Lines.Select(l => (l.ItemNumber, l.Quantity, l.UnitPrice)));
        Assert.Equal(24m, revised.NetTotal);
        var list = await sales.GetAsync<PagedResult<QuoteSummary>>("/api/quotes?customerNumber=C-1");
        Assert.Equal((quote.Number, March(25)), (list.Items.Single().Number, list.Items.Single().ValidUntil));
    }
}
