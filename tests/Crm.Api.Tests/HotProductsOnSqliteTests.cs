using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

/// <summary>The same rush on the embedded database: one process, SQLite, 200 confirmations at once.</summary>
public sealed class HotProductsOnSqliteTests : IAsyncLifetime
{
    private SqliteNode _node = null!;

    public async Task InitializeAsync() => _node = await SqliteNode.StartAsync(HotProducts.Dataset);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task Two_hundred_orders_confirmed_at_once_on_SQLite_never_promise_beyond_supply()
    {
        using var admin = await Http.SignInAsync(_node.App, "admin");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var sales = await Http.SignInAsync(_node.App, "sales");
        var orders = await HotProducts.CreateOrdersAsync(sales);

        var confirmations = await Task.WhenAll(orders.Select(o =>
            sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{o.Order.Id}/confirm", null)));

        HotProducts.AssertPromisedWithinSupply(orders, confirmations);
    }
}
