using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The order desk promises by hand, with a reason, on the record; the promise counts as demand.</summary>
public sealed class ManualPromiseTests(ApiFixture fixture) : ApiTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1", transitDays: 2)], [Stock("A", 10)], calendar: Calendar(pickPackDays: 1)));
    }

    [Fact]
    public async Task The_order_desk_expedites_a_line_and_the_change_is_recorded_and_counts_as_demand()
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 25));

        var change = await desk.PostAsync<PromiseChangeResponse>($"/api/orders/{order.Id}/lines/1/manual-promise",
            new ManualPromiseRequest("Expedited from the sister plant", [new(25, March(4))]));

        Assert.Equal(("ManualOverride", "orderdesk@demo.b2bcrm", "Expedited from the sister plant"), (change.Kind, change.ChangedBy, change.Reason));
        Assert.Equal([new PromisedPartResponse(10, March(1), March(2), March(4))], change.Before);
        // Two days in transit from Friday reach Sunday: the customer receives on Monday.
        Assert.Equal([new PromisedPartResponse(25, March(4), March(5), March(8))], change.After);

        var stored = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        Assert.Equal((25m, true, (string?)null), (stored.Lines.Single().ConfirmedQuantity, stored.Lines.Single().ManualPromise, stored.Lines.Single().Shortfall));
        var history = await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes");
        var recorded = history.Single();
        Assert.Equal((change.Kind, change.Reason, change.ChangedBy), (recorded.Kind, recorded.Reason, recorded.ChangedBy));
        Assert.Equal(change.Before, recorded.Before);
        Assert.Equal(change.After, recorded.After);

        var next = await desk.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest(null, null, null, false, [new("A", 1)]));
        Assert.Equal("None", next.Lines.Single().Status);
    }

    [Fact]
    public async Task A_sales_rep_may_not_override_a_promise()
    {
        using var desk = await SignedInAsync("orderdesk");
        using var sales = await SignedInAsync("sales");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 5));

        var response = await sales.PostAsJsonAsync($"/api/orders/{order.Id}/lines/1/manual-promise",
            new ManualPromiseRequest("Customer asked nicely", [new(5, March(2))]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes"));
    }

    [Theory]
    [InlineData(5, 6, "Holiday rush", "scheduleLines[0].materialAvailabilityDate")]
    [InlineData(5, -1, "Back-dated", "scheduleLines[0].materialAvailabilityDate")]
    [InlineData(99, 2, "Too much", "scheduleLines")]
    [InlineData(5, 2, "", "reason")]
    public async Task A_manual_promise_that_cannot_be_kept_is_refused_and_changes_nothing(decimal quantity, int marchDay, string reason, string field)
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 5));

        var response = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/lines/1/manual-promise",
            new ManualPromiseRequest(reason, [new(quantity, Today.AddDays(marchDay - 1))]));

        Assert.Contains(field, (await response.FieldErrorsAsync()).Keys);
        var stored = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        Assert.Equal((5m, false), (stored.Lines.Single().ConfirmedQuantity, stored.Lines.Single().ManualPromise));
    }

    [Fact]
    public async Task A_draft_order_has_no_promise_to_override()
    {
        using var desk = await SignedInAsync("orderdesk");
        var draft = await desk.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-1", null, null, false, [new("A", 1)]), HttpStatusCode.Created);

        var response = await desk.PostAsJsonAsync($"/api/orders/{draft.Id}/lines/1/manual-promise",
            new ManualPromiseRequest("Too early", [new(1, March(2))]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("order.not_promised", await response.Content.ReadAsStringAsync());
    }

}
