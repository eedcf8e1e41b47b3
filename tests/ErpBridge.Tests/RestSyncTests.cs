using Crm.Domain.Catalog;
using Crm.Testing;
using ErpBridge.Sync;
using ErpBridge.Translation;
using ErpMock.Model;

namespace ErpBridge.Tests;

public sealed class RestSyncTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private ErpMockServer _erp = null!;

    public async Task InitializeAsync() => _erp = await ErpMockServer.StartAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    private static ErpItem Item(int n, DateTimeOffset changed, string description = "Pump") =>
        new($"I-{n:D3}", description, "PC", 10, "EUR", n % 2 == 0 ? "Make" : "Buy", 5, 7, 0, "P1") { LastChangeDateTime = changed };

    private static ErpDataset Items(IEnumerable<ErpItem> items) => new([.. items], [], [], [], [], [new ErpCalendar("P1", [0, 6], [new(2027, 4, 5)], 2)]);

    [Fact]
    public async Task A_sync_follows_nextLink_through_every_page()
    {
        await _erp.LoadAsync(Items(Enumerable.Range(1, 25).Select(n => Item(n, Monday.AddMinutes(n)))), Today);
        using var bridge = Bridge.Rest(_erp.Url, pageSize: 10);

        var report = await bridge.SyncAsync();

        var items = report.Entities.Single(e => e.Entity == ErpEntity.Items);
        Assert.Equal((25, 3, Monday.AddMinutes(25)), (items.Rows, items.Pages, items.Cursor));
        Assert.Equal(25, bridge.Store.Products.Count);
        Assert.Equal((ProcurementType.Buy, 7), (bridge.Store.Products["I-001"].ProcurementType, bridge.Store.Products["I-001"].ReplenishmentLeadDays));
        var calendar = bridge.Store.Calendars["P1"];
        Assert.Equal((2, false), (calendar.PickPackDays, calendar.IsWorkingDay(new DateOnly(2027, 4, 5))));
    }

    [Fact]
    public async Task A_second_sync_reads_only_what_changed_since_the_cursor()
    {
        var items = Enumerable.Range(1, 5).Select(n => Item(n, Monday.AddMinutes(n))).ToList();
        await _erp.LoadAsync(Items(items), Today);
        using var bridge = Bridge.Rest(_erp.Url);
        await bridge.SyncAsync();

        items[1] = Item(2, Monday.AddHours(1), "Pump, revised");
        await _erp.LoadAsync(Items(items), Today);
        var second = await bridge.SyncAsync();

        // The cursor's key tells where the first run stopped, so its newest row is not taken again.
        Assert.Equal(1, second.RowsFor(ErpEntity.Items));
        Assert.Equal("Pump, revised", bridge.Store.Products["I-002"].Description);
        Assert.Equal(5, bridge.Store.Products.Count);
    }

    [Fact]
    public async Task A_record_the_CRM_cannot_take_is_reported_with_its_key_and_field_and_the_others_are_taken()
    {
        await _erp.LoadAsync(Items([Item(1, Monday) with { ProcurementType = "Borrow" }, Item(2, Monday.AddMinutes(1))]), Today);
        using var bridge = Bridge.Rest(_erp.Url);

        var report = await bridge.SyncAsync();

        Assert.Equal(["I-002"], bridge.Store.Products.Keys);
        var rejected = Assert.Single(bridge.Store.Rejected);
        Assert.Equal((ErpEntity.Items, "erp/v1/items", (long?)null, "I-001", "procurementType"), (rejected.Entity, rejected.Source, rejected.Line, rejected.Key, rejected.Field));
        Assert.Contains("'Borrow' is not one of Make, Buy", rejected.Reason);
        Assert.Equal(1, report.Entities.Single(e => e.Entity == ErpEntity.Items).Rejected);
    }

    [Fact]
    public async Task Pushing_the_same_commitment_twice_creates_one_ERP_order()
    {
        await _erp.LoadAsync(Items([]), Today);
        using var bridge = Bridge.Rest(_erp.Url);
        var commitment = Commitments.Sample("SO-000042");

        var first = await bridge.Gateway.PushAsync(commitment, "key-42", CancellationToken.None);
        var second = await bridge.Gateway.PushAsync(commitment, "key-42", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        var pushed = Assert.Single(await _erp.SalesOrdersAsync());
        Assert.Equal(("SO-000042", 2, 12m), (pushed.Order.ExternalReference, pushed.Posts, pushed.Order.Items.Single().ScheduleLines!.Sum(s => s.Quantity)));
    }

    [Fact]
    public async Task An_ERP_that_does_not_answer_is_reported_as_unavailable()
    {
        var closed = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient { BaseAddress = new Uri(closed) };
        var source = new Sources.RestErpSource(http, new ErpOptions());

        await Assert.ThrowsAsync<ErpUnavailableException>(async () =>
        {
            await foreach (var _ in source.ReadAsync<Contract.ErpItemDto>(ErpEntity.Items, null, CancellationToken.None)) { }
        });
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
