using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The promise of the outbox: whatever the network does, every confirmed order reaches the ERP once.</summary>
/// The story runs a node of its own on a database of its own: the suite's nodes share a job queue, and a thousand
/// deliveries backing off must not hold the shared workers into the next story.
public sealed class ChaosTests(ApiFixture fixture) : ApiTest(fixture), IAsyncLifetime
{
    private const int Orders = 1_000;
    private CrmApp _node = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var database = $"crm_chaos_{Guid.NewGuid():N}";
        await Fixture.Postgres.CreateDatabaseAsync(database);
        _node = Fixture.NewApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = Fixture.Postgres.ConnectionString(database),
            ["Jobs:Workers"] = "4",
            // At a third of calls failing the ERP client's circuit breaker opens, as it should, and messages back off
            // again and again; capped at 5 s here (15 minutes in production) the outbox drains within the story.
            ["Outbox:MaxBackOff"] = "00:00:05",
            // With the back-off capped at 5 s the default 12 attempts last under a minute instead of an hour, and
            // a message can use them up while the breaker is open.
            ["Outbox:MaxAttempts"] = "50",
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Fixture.Erp.InjectAsync(new FaultSettings());
        await _node.DisposeAsync();
    }

    [Fact]
    public async Task A_thousand_orders_confirmed_while_the_ERP_fails_a_third_of_its_calls_all_reach_it_exactly_once()
    {
        await Fixture.Erp.ReplaceDatasetAsync(Dataset([Item("A"), Item("B")], stock: [Stock("A", 10_000), Stock("B", 10_000)]));
        using var admin = await SignedInAsync("admin", _node);
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        // About a third of the ERP's calls fail (1 - 0.88³ = 32 %), each in its own way: unavailable, throttled, or carried out with
        // the answer lost, so that the outbox cannot tell whether the order was created.
        await Fixture.Erp.InjectAsync(new FaultSettings(ErrorRate: 0.12, ThrottleRate: 0.12, RetryAfterSeconds: 1, LostAnswerRate: 0.12));
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => SignedInAsync(i % 2 == 0 ? "sales" : "orderdesk", _node)));

        var confirmed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Orders), new ParallelOptions { MaxDegreeOfParallelism = clients.Length }, async (n, _) =>
        {
            var order = await ConfirmedOrderAsync(clients[n % clients.Length], null, (n % 2 == 0 ? "A" : "B", 1 + n % 5));
            Assert.Equal("Confirmed", order.Status);
            confirmed.Add(order.Number);
        });
        // Confirming is quicker than delivering: the faults stay until a delivery whose answer was lost has been
        // posted again, so that the story really goes through one.
        await Http.EventuallyAsync(() => Fixture.Erp.SalesOrdersAsync(), o => o.Any(x => x.Posts > 1), "an order is posted again after a lost answer", seconds: 120);
        await Fixture.Erp.InjectAsync(new FaultSettings());

        // Drained means nothing waits any more: a message whose answer was lost is posted again after its back-off,
        // possibly after every order has already reached the ERP once.
        var status = await Http.EventuallyAsync(
            () => admin.GetAsync<ErpStatusResponse>("/api/erp/status"), s => s.Outbox.Pending == 0, "nothing waits in the outbox", seconds: 180);
        var inErp = await Fixture.Erp.SalesOrdersAsync();
        Assert.Equal(confirmed.Order(), inErp.Select(o => o.Order.ExternalReference).Order());
        Assert.True(inErp.Any(o => o.Posts > 1), "some orders were posted again after a lost answer, and still created once");
        Assert.Equal(0, status.Outbox.DeadLetters);
        foreach (var client in clients) client.Dispose();
    }
}
