using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock.Model;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Backorder processing on the embedded database: the lines it moves are written through EF Core's change
/// tracker there, not PostgreSQL's bulk statements, and must come out the same.</summary>
public sealed class BackordersOnSqliteTests : IAsyncLifetime
{
    private SqliteNode _node = null!;

    public async Task InitializeAsync() => _node = await SqliteNode.StartAsync(Supply(stock: 20, production: 50, March(15)));

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task When_stock_is_written_off_and_production_shrinks_on_SQLite_the_key_account_keeps_its_date_and_the_walk_ins_move()
    {
        using var admin = await Http.SignInAsync(_node.App, "admin");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var desk = await Http.SignInAsync(_node.App, "orderdesk");
        var walkin = await ConfirmedAsync(desk, "C-2", 10);
        var keyAccount = await ConfirmedAsync(desk, "C-1", 10);
        var lateWalkin = await ConfirmedAsync(desk, "C-2", 5);
        Assert.Equal([(5m, March(15))], await PartsAsync(desk, lateWalkin));

        await _node.Erp.LoadAsync(Supply(stock: 12, production: 8, March(22)), Today);
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal((2, 2), (sync.Backorders!.OrdersChanged, sync.Backorders.LinesChanged));
        Assert.Equal([(10m, March(1))], await PartsAsync(desk, keyAccount));
        // The walk-in's one schedule line shrinks and a second one is added; the late walk-in's is dropped.
        Assert.Equal([(2m, March(1)), (8m, March(22))], await PartsAsync(desk, walkin));
        Assert.Empty(await PartsAsync(desk, lateWalkin));
        var atRisk = await desk.GetAsync<PagedResult<AtRiskLineResponse>>("/api/promises/at-risk");
        Assert.Equal([walkin, lateWalkin], atRisk.Items.Select(l => l.OrderId).Order());
    }

    private static ErpDataset Supply(decimal stock, decimal production, DateOnly finish) =>
        Dataset([Item("A")], [Customer("C-1", group: "A"), Customer("C-2", group: "C")], [Stock("A", stock)],
            production: [Production("P-1", "A", production, finish)]);

    private static async Task<long> ConfirmedAsync(HttpClient client, string customer, decimal quantity)
    {
        var created = await client.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest(customer, null, null, false, [new AvailabilityLineRequest("A", quantity)]), System.Net.HttpStatusCode.Created);
        await client.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);
        return created.Id;
    }

    private static async Task<(decimal, DateOnly)[]> PartsAsync(HttpClient client, long orderId) =>
        [.. (await client.GetAsync<OrderResponse>($"/api/orders/{orderId}")).Lines.Single().ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate))];
}
