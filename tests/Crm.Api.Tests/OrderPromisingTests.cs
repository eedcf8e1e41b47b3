using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The worked cases of atp-cases.md, told through the API on PostgreSQL.</summary>
public sealed class OrderPromisingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Case1_a_check_never_takes_what_later_commitments_need()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 100)], [Purchase("4500", "A", 50, March(10))]));
        using var desk = await SignedInAsync("orderdesk");
        await ConfirmedOrderAsync(desk, March(5), ("A", 80));
        await ConfirmedOrderAsync(desk, March(12), ("A", 60));

        var check = await desk.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest("C-1", null, March(2), false, [new("A", 30)]));

        var line = check.Lines.Single();
        Assert.Equal(Today, check.Today);
        Assert.Equal(("Partial", 10m), (line.Status, line.ConfirmedQuantity));
        Assert.Equal([(10m, March(2))], line.ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
    }

    [Fact]
    public async Task Case2_a_check_walks_forward_and_complete_delivery_waits()
    {
        await ErpHoldsAsync(Dataset([Item("B")], stock: [Stock("B", 20)],
            production: [Production("1000", "B", 30, March(8))], purchases: [Purchase("4500", "B", 50, March(15))]));
        using var sales = await SignedInAsync("sales");

        var check = await sales.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest(null, null, March(1), false, [new("B", 70), new("B", 70, CompleteDelivery: true)]));

        Assert.Equal([(20m, March(1)), (30m, March(8)), (20m, March(15))], check.Lines[0].ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
        // The second line comes after the first has taken its 70: only the RLT-free remainder of 30 exists.
        Assert.Equal("None", check.Lines[1].Status);
    }

    [Fact]
    public async Task Case4_dates_follow_the_plant_calendar_pick_pack_and_transit()
    {
        await ErpHoldsAsync(Dataset([Item("D")], [Customer("C-T", transitDays: 3)], [Stock("D", 4)],
            [Purchase("4500", "D", 6, March(15))], calendar: Calendar(pickPackDays: 1)));
        using var sales = await SignedInAsync("sales");

        var check = await sales.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest("C-T", null, March(15), false, [new("D", 10)]));

        Assert.Equal(
            [new ScheduleLineResponse(4, March(11), March(12), March(15)), new ScheduleLineResponse(6, March(15), March(16), March(19))],
            check.Lines.Single().ScheduleLines);
    }

    [Fact]
    public async Task An_explained_check_names_the_supply_behind_each_schedule_line_and_how_fresh_it_is()
    {
        await ErpHoldsAsync(Dataset([Item("B")], stock: [Stock("B", 20)],
            production: [Production("1000", "B", 30, March(8))], purchases: [Purchase("4500", "B", 50, March(15))]));
        using var sales = await SignedInAsync("sales");

        var check = await sales.PostAsync<AvailabilityResponse>("/api/atp/check?explain=true",
            new AvailabilityRequest(null, null, March(1), false, [new("B", 70)]));
        var plain = await sales.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest(null, null, March(1), false, [new("B", 70)]));

        Assert.Equal(
            [("OnHand", (string?)null, March(1), 20m), ("ProductionOrder", "1000", March(8), 30m), ("PurchaseOrder", "4500/10", March(15), 20m)],
            check.Lines.Single().ScheduleLines.Select(s => s.CoveredBy!.Single()).Select(c => (c.Source, c.Reference, c.AvailableOn, c.Quantity)));
        Assert.Equal(["Items", "Stock", "ProductionOrders", "PurchaseOrderLines"], check.Sources!.Select(s => s.Source));
        Assert.All(check.Sources!, s => Assert.NotNull(s.LastSyncedAt));
        Assert.Null(plain.Sources);
        Assert.All(plain.Lines.Single().ScheduleLines, s => Assert.Null(s.CoveredBy));
    }

    [Fact]
    public async Task An_explained_order_shows_what_covers_its_commitments()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 5)], [Customer("C-1")], [Stock("A", 10)]));
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, March(2), ("A", 25));

        var explained = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}?explain=true");

        Assert.Equal(
            [[("OnHand", 10m)], [("Replenishment", 15m)]],
            explained.Lines.Single().ScheduleLines.Select(s => s.CoveredBy!.Select(c => (c.Source, c.Quantity)).ToArray()).ToArray());
    }

    [Fact]
    public async Task A_ship_complete_order_leaves_together_or_says_which_line_holds_it_back()
    {
        await ErpHoldsAsync(Dataset([Item("A"), Item("B"), Item("C")], [Customer("C-1")], [Stock("A", 10), Stock("B", 5)],
            [Purchase("4500", "B", 20, March(10))]));
        using var sales = await SignedInAsync("sales");

        var together = await sales.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest("C-1", null, March(1), true, [new("A", 10), new("B", 20)]));
        var blocked = await sales.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest("C-1", null, March(1), true, [new("A", 10), new("C", 1)]));

        Assert.All(together.Lines, l => Assert.Equal((March(10), l.RequestedQuantity), (l.ScheduleLines.Single().MaterialAvailabilityDate, l.ConfirmedQuantity)));
        Assert.Equal([("None", "ShipCompleteBlocked"), ("None", "CompleteDeliveryNotPossible")], blocked.Lines.Select(l => (l.Status, l.Shortfall)));
    }

    [Fact]
    public async Task A_confirmed_order_holds_its_units_and_the_next_order_waits_for_supply()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 40)], [Purchase("4500", "A", 25, March(17))]));
        using var sales = await SignedInAsync("sales");

        var first = await ConfirmedOrderAsync(sales, March(3), ("A", 40));
        var second = await ConfirmedOrderAsync(sales, March(3), ("A", 30));

        Assert.Equal(("Confirmed", "Full"), (first.Status, first.Lines.Single().Status));
        Assert.Equal([(25m, March(17))], second.Lines.Single().ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
        Assert.Equal("NoSupplyWithinHorizon", second.Lines.Single().Shortfall);

        var stored = await sales.GetAsync<OrderResponse>($"/api/orders/{second.Id}");
        Assert.Equal(25m, stored.Lines.Single().ConfirmedQuantity);
        Assert.Equal("Customer C-1", stored.CustomerName);
    }

    [Fact]
    public async Task Confirming_twice_is_refused_and_keeps_the_first_promise()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
        using var sales = await SignedInAsync("sales");
        var order = await ConfirmedOrderAsync(sales, March(3), ("A", 10));

        var again = await sales.PostAsync($"/api/orders/{order.Id}/confirm", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var stored = await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        Assert.Equal(10m, stored.Lines.Single().ScheduleLines.Sum(s => s.Quantity));
    }

    [Fact]
    public async Task The_same_idempotency_key_never_creates_a_second_order()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
        using var sales = await SignedInAsync("sales");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateWithKeyAsync(sales, "order-from-portal-17")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        var orders = await sales.GetAsync<PagedResult<OrderSummary>>("/api/orders");
        Assert.Equal(1, orders.Total);
    }

    [Fact]
    public async Task Idempotency_keys_belong_to_their_user()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
        using var sales = await SignedInAsync("sales");
        using var desk = await SignedInAsync("orderdesk");

        var mine = await CreateWithKeyAsync(sales, "retry-1");
        var theirs = await CreateWithKeyAsync(desk, "retry-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (mine.StatusCode, theirs.StatusCode));
        Assert.Equal(2, (await sales.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Total);
    }

    private static Task<HttpResponseMessage> CreateWithKeyAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new AvailabilityRequest("C-1", null, null, false, [new("A", 1)])),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
