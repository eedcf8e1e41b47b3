using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;
using Crm.Testing;

namespace Crm.Api.Tests;

/// <summary>The same rush on the embedded database: one process, SQLite, 200 confirmations at once.</summary>
public sealed class HotProductsOnSqliteTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"b2bcrm-hot-{Guid.NewGuid():N}");
    private ErpMockServer _erp = null!;
    private CrmApp _app = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _erp = await ErpMockServer.StartAsync();
        await _erp.LoadAsync(HotProducts.Dataset, ErpData.Today);
        _app = new CrmApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}",
            ["Erp:Mode"] = "Rest",
            ["Erp:BaseUrl"] = _erp.Url,
            ["Clock:Today"] = ErpData.Today.ToString("yyyy-MM-dd"),
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _erp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Two_hundred_orders_confirmed_at_once_on_SQLite_never_promise_beyond_supply()
    {
        using var admin = await Http.SignInAsync(_app, "admin");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var sales = await Http.SignInAsync(_app, "sales");
        var orders = await HotProducts.CreateOrdersAsync(sales);

        var confirmations = await Task.WhenAll(orders.Select(o =>
            sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{o.Order.Id}/confirm", null)));

        HotProducts.AssertPromisedWithinSupply(orders, confirmations);
    }
}
