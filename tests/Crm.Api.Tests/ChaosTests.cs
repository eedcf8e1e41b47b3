using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The promise of the outbox: whatever the network does, every confirmed order reaches the ERP once.</summary>
public sealed class ChaosTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const int Orders = 1_000;

    [Fact]
    public async Task A_thousand_orders_confirmed_while_the_ERP_fails_a_third_of_its_calls_all_reach_it_exactly_once()
    {
        await ErpHoldsAsync(Dataset([Item("A"), Item("B")], stock: [Stock("A", 10_000), Stock("B", 10_000)]));
        // About a third of the ERP's calls fail (1 - 0.88³ = 32 %), each in its own way: unavailable, throttled, or carried out with
        // the answer lost, so that the outbox cannot tell whether the order was created.
        await Fixture.Erp.InjectAsync(new FaultSettings(ErrorRate: 0.12, ThrottleRate: 0.12, RetryAfterSeconds: 1, LostAnswerRate: 0.12));
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => SignedInAsync(i % 2 == 0 ? "sales" : "orderdesk")));

        var confirmed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Orders), new ParallelOptions { MaxDegreeOfParallelism = clients.Length }, async (n, _) =>
        {
            var order = await ConfirmedOrderAsync(clients[n % clients.Length], null, (n % 2 == 0 ? "A" : "B", 1 + n % 5));
            Assert.Equal("Confirmed", order.Status);
            confirmed.Add(order.Number);
        });
        await Fixture.Erp.InjectAsync(new FaultSettings());

        // Drained means nothing waits any more: a message whose answer was lost is posted again after its back-off,
        // possibly after every order has already reached the ERP once.
        using var admin = await SignedInAsync("admin");
        var status = await Http.EventuallyAsync(
            () => admin.GetAsync<ErpStatusResponse>("/api/erp/status"), s => s.Outbox.Pending == 0, "nothing waits in the outbox", seconds: 180);
        var inErp = await Fixture.Erp.SalesOrdersAsync();
        Assert.Equal(confirmed.Order(), inErp.Select(o => o.Order.ExternalReference).Order());
        Assert.True(inErp.Any(o => o.Posts > 1), "some orders were posted again after a lost answer, and still created once");
        Assert.Equal(0, status.Outbox.DeadLetters);
        foreach (var client in clients) client.Dispose();
    }
}
