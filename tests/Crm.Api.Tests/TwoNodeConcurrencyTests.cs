using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Case 5 of atp-cases.md: two reps, one pallet, two API nodes on one PostgreSQL.</summary>
public sealed class TwoNodeConcurrencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Forty_orders_confirmed_at_once_on_two_nodes_never_promise_more_than_the_pallet()
    {
        await ErpHoldsAsync(Dataset([Item("C")], [Customer("C-1")], [Stock("C", 100)]));
        await using var secondNode = Fixture.NewApp();
        using var repOnFirst = await SignedInAsync("sales");
        using var repOnSecond = await SignedInAsync("orderdesk", secondNode);
        var orders = new List<OrderCreatedResponse>();
        for (var i = 0; i < 40; i++)
        {
            orders.Add(await repOnFirst.PostAsync<OrderCreatedResponse>("/api/orders",
                new AvailabilityRequest("C-1", null, March(1), false, [new("C", 5)]), HttpStatusCode.Created));
        }

        var confirmations = await Task.WhenAll(orders.Select((o, i) =>
            (i % 2 == 0 ? repOnFirst : repOnSecond).PostAsync<ConfirmOrderResponse>($"/api/orders/{o.Id}/confirm", null)));

        var lines = confirmations.Select(c => c.Lines.Single()).ToList();
        Assert.Equal(20, lines.Count(l => l.Status == "Full" && l.ScheduleLines.Single().MaterialAvailabilityDate == March(1)));
        Assert.Equal(20, lines.Count(l => l.Status == "None"));
        Assert.Equal(100m, lines.Sum(l => l.ConfirmedQuantity));

        var afterwards = await repOnSecond.PostAsync<AvailabilityResponse>("/api/atp/check",
            new AvailabilityRequest(null, null, null, false, [new("C", 1)]));
        Assert.Equal("None", afterwards.Lines.Single().Status);
    }
}
