using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Changes after confirmation re-check only what changed and free what is no longer needed.</summary>
public sealed class OrderChangeTests(ApiFixture fixture) : ApiTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ErpHoldsAsync(Dataset([Item("A"), Item("B")], [Customer("C-1")], [Stock("A", 10), Stock("B", 50)],
            [Purchase("4500", "A", 20, March(10))]));
    }

    [Fact]
    public async Task Less_on_a_line_frees_its_latest_commitment_for_the_next_customer()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 25));

        var changed = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(12, "Customer needs fewer"));
        var next = await ConfirmedOrderAsync(desk, null, ("A", 18));

        Assert.Equal([(10m, March(1)), (2m, March(10))], Parts(changed.Lines.Single()));
        Assert.Equal([(18m, March(10))], Parts(await LineAsync(desk, next.Id)));
        var change = (await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes")).Single();
        Assert.Equal(("QuantityChanged", "Customer needs fewer", 25m, 12m), (change.Kind, change.Reason, change.Before.Sum(p => p.Quantity), change.After.Sum(p => p.Quantity)));
    }

    [Fact]
    public async Task More_on_a_line_keeps_what_was_promised_and_promises_the_rest_on_top()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 8));

        var changed = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(15, null));

        Assert.Equal([(10m, March(1)), (5m, March(10))], Parts(changed.Lines.Single()));
        Assert.Equal((15m, 15m), (changed.Lines.Single().Quantity, changed.Lines.Single().ConfirmedQuantity));
    }

    [Fact]
    public async Task A_new_requested_date_promises_the_lines_again_for_that_date()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("B", 5));

        var changed = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/requested-delivery-date",
            new RequestedDateChangeRequest(March(20), "Site not ready"));

        // 20 March is a Saturday, when the customer does not receive goods: they leave and arrive on Friday the 19th.
        Assert.Equal((March(20), new ScheduleLineResponse(5, March(19), March(19), March(19))),
            (changed.RequestedDeliveryDate!.Value, changed.Lines.Single().ScheduleLines.Single()));
        Assert.Equal("DateChanged", (await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes")).Single().Kind);
    }

    [Fact]
    public async Task Cancelling_a_line_or_the_order_frees_what_it_held()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 10), ("B", 50));

        var withoutA = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/cancel", new CancelRequest("Wrong item"));
        Assert.Equal([(true, 0m), (false, 50m)], withoutA.Lines.Select(l => (l.Cancelled, l.ConfirmedQuantity)));
        Assert.Equal("Full", (await CheckAsync(desk, "A", 10)).Status);

        var lastLine = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/lines/2/cancel", new CancelRequest(null));
        Assert.Equal(HttpStatusCode.Conflict, lastLine.StatusCode);

        var cancelled = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/cancel", new CancelRequest("Customer went elsewhere"));
        Assert.Equal("Cancelled", cancelled.Status);
        Assert.Equal("Full", (await CheckAsync(desk, "B", 50)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await desk.PostAsJsonAsync($"/api/orders/{order.Id}/cancel", new CancelRequest(null))).StatusCode);
        var kinds = (await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes")).Select(c => c.Kind);
        Assert.Equal(["LineCancelled", "OrderCancelled"], kinds);
    }

    [Fact]
    public async Task A_change_to_a_line_the_order_never_had_is_a_404_and_to_a_cancelled_line_a_400()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 1), ("B", 1));
        await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/cancel", new CancelRequest(null));

        var unknown = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/lines/7/quantity", new QuantityChangeRequest(2, null));
        var cancelled = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(2, null));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("lineNumber", (await cancelled.FieldErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_changed_promise_leaves_no_old_schedule_line_behind_in_the_database()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 25));
        await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/requested-delivery-date", new RequestedDateChangeRequest(March(20), null));
        var changed = await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(5, null));

        await using var connection = new Npgsql.NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"ScheduleLines\"", connection);
        Assert.Equal((long)changed.Lines.Single().ScheduleLines.Count, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_ERP_hears_of_the_changes_as_they_stand_and_of_a_cancellation_last()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 25));
        await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(12, null));
        await ChangeAsync<OrderResponse>(desk, $"/api/orders/{order.Id}/cancel", new CancelRequest("Customer went elsewhere"));

        var inErp = await Http.EventuallyAsync(
            async () => (await Fixture.Erp.SalesOrdersAsync()).SingleOrDefault(), o => o?.Order.DeliveryStatus == "Cancelled", "the cancellation reaches the ERP");

        // A change still waiting when the next one comes carries that one too (it is sent as the order stands), so
        // the ERP hears once or twice, but never of the order without its cancellation at the end.
        Assert.InRange(inErp!.Changes.Count, 1, 2);
        Assert.Equal(1, inErp.Posts);
        Assert.Equal(12m, inErp.Order.Items.Single().Quantity);
    }

    private static async Task<T> ChangeAsync<T>(HttpClient client, string url, object body) =>
        await (await client.PostAsJsonAsync(url, body)).ReadAsync<T>();

    private static async Task<OrderLineResponse> LineAsync(HttpClient client, long orderId) =>
        (await client.GetAsync<OrderResponse>($"/api/orders/{orderId}")).Lines.Single();

    private static async Task<AvailabilityLineResponse> CheckAsync(HttpClient client, string item, decimal quantity) =>
        (await client.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest(null, null, null, false, [new(item, quantity)]))).Lines.Single();

    private static (decimal, DateOnly)[] Parts(OrderLineResponse line) =>
        [.. line.ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate))];
}
