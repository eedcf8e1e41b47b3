using Crm.Testing;
using ErpBridge.Sync;
using ErpMock;
using ErpMock.Model;

namespace ErpBridge.Tests;

/// <summary>The ERP misbehaves in each way the mock knows; the sync still ends with every record exactly as the ERP
/// holds it, or says clearly that the ERP could not be read.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private ErpMockServer _erp = null!;

    public async Task InitializeAsync() => _erp = await ErpMockServer.StartAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    /// <summary>40 production orders all changed at the same instant, as after an ERP's nightly planning run.</summary>
    private static ErpDataset SameInstantProductionOrders(int count = 40) => new(
        [new ErpItem("I-1", "Pump", "PC", 10, "EUR", "Make", 5, 7, 0, "P1") { LastChangeDateTime = Monday }],
        [], [],
        [.. Enumerable.Range(1, count).Select(n => new ErpProductionOrder(
            $"PRD-{n:D4}", "I-1", "P1", n, 0, new DateOnly(2027, 3, 2), new DateOnly(2027, 3, 20), "Firm") { LastChangeDateTime = Monday })],
        [], [new ErpCalendar("P1", [0, 6], [], 1) { LastChangeDateTime = Monday }]);

    private static void AssertEveryOrderStored(RecordingStore store, int count = 40)
    {
        Assert.Equal(count, store.ProductionOrders.Count);
        Assert.All(Enumerable.Range(1, count), n => Assert.Equal(n, store.ProductionOrders[$"PRD-{n:D4}"].Quantity));
    }

    [Fact]
    public async Task A_sync_that_dies_half_way_through_records_of_one_instant_resumes_after_the_last_page_it_stored()
    {
        await _erp.LoadAsync(SameInstantProductionOrders(), Today);
        using var bridge = Bridge.Rest(_erp.Url, pageSize: 10);
        bridge.Store.FailAtPage = 4; // items are page 1, so production orders die after two pages of ten

        await Assert.ThrowsAsync<IOException>(bridge.SyncAsync);
        Assert.Equal(20, bridge.Store.ProductionOrders.Count);
        Assert.Equal(new SyncPosition(Monday, "PRD-0020"), bridge.Store.Positions[ErpEntity.ProductionOrders]);
        var failed = bridge.Store.Runs.Single(r => r.Entity == ErpEntity.ProductionOrders).Run;
        Assert.Equal((20, "The store went away (test)."), (failed.Rows, failed.Error));

        bridge.Store.FailAtPage = null;
        var resumed = await bridge.SyncAsync();

        // All 40 share one change time: only the key tells the 20 stored from the 20 still to come.
        Assert.Equal(20, resumed.RowsFor(ErpEntity.ProductionOrders));
        AssertEveryOrderStored(bridge.Store);
        Assert.Equal(new SyncPosition(Monday, "PRD-0040"), bridge.Store.Positions[ErpEntity.ProductionOrders]);
    }

    [Fact]
    public async Task Pages_the_ERP_delivers_twice_are_stored_once()
    {
        await _erp.LoadAsync(SameInstantProductionOrders(), Today);
        await _erp.InjectAsync(new FaultSettings(DuplicatePageRate: 0.5));
        using var bridge = Bridge.Rest(_erp.Url, pageSize: 5);

        var report = await bridge.SyncAsync();

        Assert.Equal(40, report.RowsFor(ErpEntity.ProductionOrders));
        Assert.Equal(42, bridge.Store.RecordsStored); // the 40 orders, the item and the calendar, each handed over once
        AssertEveryOrderStored(bridge.Store);
    }

    [Theory]
    [InlineData("503 answers", 0.3, 0, 0, 0)]
    [InlineData("429 answers with Retry-After", 0, 0.3, 0, 0)]
    [InlineData("calls left hanging", 0, 0, 0.3, 0)]
    [InlineData("bodies cut off half-way", 0, 0, 0, 0.3)]
    public async Task A_sync_through_a_third_of_failing_calls_still_stores_every_record(
        string fault, double errorRate, double throttleRate, double timeoutRate, double truncateRate)
    {
        await _erp.LoadAsync(SameInstantProductionOrders(), Today);
        await _erp.InjectAsync(new FaultSettings(
            ErrorRate: errorRate, ThrottleRate: throttleRate, RetryAfterSeconds: 0, TimeoutRate: timeoutRate, HangSeconds: 5, TruncateRate: truncateRate));
        using var bridge = Bridge.Rest(_erp.Url, pageSize: 5);

        var report = await bridge.SyncAsync();

        Assert.True(report.RowsFor(ErpEntity.ProductionOrders) == 40, fault);
        AssertEveryOrderStored(bridge.Store);
        Assert.All(bridge.Store.Runs, r => Assert.Null(r.Run.Error));
    }

    [Fact]
    public async Task An_ERP_slower_than_the_attempt_timeout_fails_the_run_and_the_run_says_why()
    {
        await _erp.LoadAsync(SameInstantProductionOrders(), Today);
        await _erp.InjectAsync(new FaultSettings(LatencyMs: 3_000));
        using var bridge = Bridge.Rest(_erp.Url, overrides: new()
        {
            ["Erp:Resilience:AttemptTimeout:Timeout"] = "00:00:00.200", ["Erp:Resilience:Retry:MaxRetryAttempts"] = "1",
        });

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(bridge.SyncAsync);

        Assert.Contains("erp/v1/items", error.Message, StringComparison.Ordinal);
        var run = Assert.Single(bridge.Store.Runs).Run;
        Assert.Equal((ErpEntity.Items, 0), (Assert.Single(bridge.Store.Runs).Entity, run.Rows));
        Assert.Contains("erp/v1/items", run.Error, StringComparison.Ordinal);
        Assert.Empty(bridge.Store.Products);
    }

    [Fact]
    public async Task An_order_whose_answer_was_lost_is_pushed_again_under_its_key_and_the_ERP_keeps_one()
    {
        await _erp.LoadAsync(SameInstantProductionOrders(1), Today);
        await _erp.InjectAsync(new FaultSettings(LostAnswerRate: 1));
        using var bridge = Bridge.Rest(_erp.Url, overrides: new() { ["Erp:Resilience:Retry:MaxRetryAttempts"] = "1" });
        var commitment = Commitments.Sample("SO-000007");

        await Assert.ThrowsAsync<ErpUnavailableException>(() => bridge.Gateway.PushAsync(commitment, "key-7", CancellationToken.None));
        await _erp.InjectAsync(new FaultSettings());
        var number = await bridge.Gateway.PushAsync(commitment, "key-7", CancellationToken.None);

        var pushed = Assert.Single(await _erp.SalesOrdersAsync());
        Assert.Equal(number, pushed.Order.SalesOrderNumber);
        Assert.Equal(3, pushed.Posts); // two lost answers (the first try and its retry), then the one that came back
    }

    [Fact]
    public async Task A_throttled_push_tells_the_outbox_how_long_the_ERP_asked_it_to_wait()
    {
        await _erp.LoadAsync(SameInstantProductionOrders(1), Today);
        await _erp.InjectAsync(new FaultSettings(ThrottleRate: 1, RetryAfterSeconds: 120));
        // The client's own retry does not wait two minutes here; the outbox does, between deliveries.
        using var bridge = Bridge.Rest(_erp.Url, overrides: new()
        {
            ["Erp:Resilience:Retry:MaxRetryAttempts"] = "1", ["Erp:Resilience:Retry:ShouldRetryAfterHeader"] = "false",
        });

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => bridge.Gateway.PushAsync(Commitments.Sample("SO-000008"), "key-8", CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Empty(await _erp.SalesOrdersAsync());
    }

    [Fact]
    public async Task Supply_the_ERP_deletes_is_removed_at_the_next_delta_and_nothing_else_is_read_again()
    {
        // Stamped by the mock as they load, so that the deletions (stamped when they happen) come after them.
        var sample = SameInstantProductionOrders(5);
        var dataset = sample with
        {
            Items = [.. sample.Items!.Select(i => i with { LastChangeDateTime = null })],
            ProductionOrders = [.. sample.ProductionOrders!.Select(p => p with { LastChangeDateTime = null })],
            PurchaseOrderLines = [new ErpPurchaseOrderLine("PO-1", 1, "I-1", "P1", 10, 0, new DateOnly(2027, 3, 9))],
            Calendars = [.. sample.Calendars!.Select(c => c with { LastChangeDateTime = null })],
        };
        await _erp.LoadAsync(dataset, Today);
        using var bridge = Bridge.Rest(_erp.Url);
        await bridge.SyncAsync();

        await _erp.DeleteProductionOrderAsync("PRD-0003");
        await _erp.DeletePurchaseOrderLineAsync("PO-1", 1);
        var delta = await bridge.SyncAsync();

        Assert.Equal(["PRD-0001", "PRD-0002", "PRD-0004", "PRD-0005"], bridge.Store.ProductionOrders.Keys.Order());
        Assert.Empty(bridge.Store.PurchaseOrderLines);
        Assert.Equal((1, 1, 0), (delta.RowsFor(ErpEntity.ProductionOrders), delta.RowsFor(ErpEntity.PurchaseOrderLines), delta.RowsFor(ErpEntity.Items)));
    }
}
