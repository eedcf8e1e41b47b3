using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>What the UI's screens ask the API for: the search box, the home page's figures, the ATP explorer and the
/// lists with names and values.</summary>
public sealed class UiSupportTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_ATP_explorer_shows_the_steps_the_receipts_and_which_receipt_covers_which_commitment()
    {
        await ErpHoldsAsync(Dataset([Item("A")], stock: [Stock("A", 10)], purchases: [Purchase("PO-1", "A", 20, March(8))]));
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 15));

        var explored = await desk.GetAsync<AtpExplorerResponse>("/api/atp/explorer?item=A");

        Assert.Equal((Today, (DateOnly?)null), (explored.Today, explored.ReplenishmentDate));
        Assert.Equal(
            [new AtpPointResponse(March(1), 10, 10, 0), new AtpPointResponse(March(8), 30, 15, 15)],
            explored.Points);
        Assert.Equal([("OnHand", 10m), ("PurchaseOrder", 20m)], explored.Receipts.Select(r => (r.Source, r.Quantity)));
        Assert.Equal(
            [(order.Number, 10m, "OnHand"), (order.Number, 5m, "PurchaseOrder")],
            explored.Commitments.Select(c => (c.OrderNumber, c.Quantity, c.CoveredBy.Single().Source)));
    }

    [Fact]
    public async Task A_rep_sees_another_teams_commitments_in_the_explorer_without_whose_they_are()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1"), Customer("C-2")], stock: [Stock("A", 10)]));
        await HandToTeamAsync("C-2", "South", "sales2@demo.b2bcrm");
        using var desk = await SignedInAsync("orderdesk");
        var south = await ConfirmedOrderForAsync(desk, "C-2", null, ("A", 4));
        var north = await ConfirmedOrderForAsync(desk, "C-1", null, ("A", 1));
        using var sales = await SignedInAsync("sales");

        var explored = await sales.GetAsync<AtpExplorerResponse>("/api/atp/explorer?item=A&plant=P1");

        Assert.Equal([(null, null, null, 4m), (north.Id, north.Number, "C-1", 1m)],
            explored.Commitments.Select(c => (c.OrderId, c.OrderNumber, c.CustomerNumber, c.Quantity)));
        using var sales2 = await SignedInAsync("sales2");
        Assert.Equal(south.Id, (await sales2.GetAsync<AtpExplorerResponse>("/api/atp/explorer?item=A&plant=P1")).Commitments[0].OrderId);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.GetAsync("/api/atp/explorer?item=NOPE")).StatusCode);
    }

    [Fact]
    public async Task The_search_box_finds_customers_quotes_and_orders_by_number_or_customer_name()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 12.5m)], [Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH" }, Customer("C-2") with { Name = "Baltic Pumps AB" }],
            stock: [Stock("A", 100)]));
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("A", 2)]), HttpStatusCode.Created);
        var order = await ConfirmedOrderForAsync(sales, "C-2", null, ("A", 3));

        var byName = await sales.GetAsync<SearchResponse>("/api/search?q=nordwerk");
        var byNumber = await sales.GetAsync<SearchResponse>($"/api/search?q={order.Number.ToLowerInvariant()}");

        // A customer opens its 360: the hit names its account.
        Assert.Equal([(SearchHitKind.Customer, quote.AccountId!.Value.ToString()), (SearchHitKind.Quote, quote.Id.ToString())], byName.Hits.Select(h => (h.Kind, h.Key)));
        Assert.Equal([(SearchHitKind.Order, order.Id.ToString())], byNumber.Hits.Select(h => (h.Kind, h.Key)));
        Assert.Empty((await sales.GetAsync<SearchResponse>("/api/search?q=n")).Hits);
        Assert.Equal(HttpStatusCode.BadRequest, (await sales.GetAsync($"/api/search?q={new string('x', 101)}")).StatusCode);
    }

    [Fact]
    public async Task Lists_carry_customer_names_values_and_filter_by_search_text()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 12.5m)], [Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH" }, Customer("C-2") with { Name = "Baltic Pumps AB" }],
            stock: [Stock("A", 100)]));
        using var sales = await SignedInAsync("sales");
        await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("A", 4, 10m, 10)]), HttpStatusCode.Created);
        await ConfirmedOrderForAsync(sales, "C-1", null, ("A", 3));
        await ConfirmedOrderForAsync(sales, "C-2", null, ("A", 1));

        var quotes = await sales.GetAsync<PagedResult<QuoteSummary>>("/api/quotes?search=nord");
        var orders = await sales.GetAsync<PagedResult<OrderSummary>>("/api/orders?search=baltic&sort=-customer");

        var q = Assert.Single(quotes.Items);
        Assert.Equal(("Nordwerk Maschinenbau GmbH", 36m), (q.CustomerName, q.NetTotal));
        var o = Assert.Single(orders.Items);
        Assert.Equal(("Baltic Pumps AB", 12.5m, 1, 0), (o.CustomerName, o.NetTotal, o.Lines, o.LinesAtRisk));
    }

    [Fact]
    public async Task The_home_page_counts_a_reps_team_work_and_the_order_desks_whole_desk()
    {
        await ErpHoldsAsync(Dataset([Item("A", price: 10m)], [Customer("C-1"), Customer("C-2")], stock: [Stock("A", 5)]));
        await HandToTeamAsync("C-2", "South", "sales2@demo.b2bcrm");
        using var sales = await SignedInAsync("sales");
        await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("A", 3, 10m)]), HttpStatusCode.Created);
        var confirmed = await ConfirmedOrderAsync(sales, null, ("A", 8));
        // The outbox hands the order to the ERP at its own pace: counted once it is there, not while it is on its way.
        await Http.EventuallyAsync(() => sales.GetAsync<OrderResponse>($"/api/orders/{confirmed.Id}"), o => o.Status == "Released", "the ERP takes the order");
        using var desk = await SignedInAsync("orderdesk");
        // A draft of the other team's customer: the desk counts it, the rep does not.
        await desk.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-2", null, null, false, [new AvailabilityLineRequest("A", 1)]), HttpStatusCode.Created);

        var rep = await sales.GetAsync<DashboardResponse>("/api/dashboard");
        var all = await desk.GetAsync<DashboardResponse>("/api/dashboard");

        Assert.Equal((1, 30m, 0, 1), (rep.OpenQuotes, rep.OpenQuotesValue, rep.DraftOrders, rep.BackorderLines));
        Assert.Equal([new MoneyTotal("EUR", 30m)], rep.OpenQuotesValueByCurrency!);
        Assert.Equal((1, 1), (all.DraftOrders, all.BackorderLines));
        Assert.Equal([new StatusCount("Draft", 1), new StatusCount("Released", 1)], all.OrdersByStatus);
    }
}
