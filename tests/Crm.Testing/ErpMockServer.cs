using System.Net.Http.Json;
using ErpMock;
using ErpMock.Model;
using Microsoft.AspNetCore.Builder;

namespace Crm.Testing;

/// <summary>The stand-in ERP, started in-process on a free loopback port and driven through its control surface.</summary>
public sealed class ErpMockServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ErpMockServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
        Control = new HttpClient { BaseAddress = new Uri(url) };
    }

    public string Url { get; }

    public HttpClient Control { get; }

    public static async Task<ErpMockServer> StartAsync()
    {
        var app = ErpMockApp.Build("--urls", "http://127.0.0.1:0", "--Mock:Dataset=");
        await app.StartAsync();
        return new ErpMockServer(app, app.Urls.First());
    }

    /// <summary>A fresh ERP: this dataset and date, no sales orders, no faults.</summary>
    public async Task LoadAsync(ErpDataset dataset, DateOnly today)
    {
        await ReplaceDatasetAsync(dataset);
        (await Control.PostAsJsonAsync("/_mock/clock", new ClockRequest(today), ErpMockApp.Json)).EnsureSuccessStatusCode();
        (await Control.DeleteAsync("/_mock/sales-orders")).EnsureSuccessStatusCode();
        await FailAsync(0);
    }

    /// <summary>The ERP's master and supply data change; the sales orders it holds stay.</summary>
    public async Task ReplaceDatasetAsync(ErpDataset dataset) =>
        (await Control.PutAsJsonAsync("/_mock/dataset", dataset, ErpMockApp.Json)).EnsureSuccessStatusCode();

    /// <summary>Makes that share of ERP calls fail with 503 (1 = the ERP is down, 0 = all well).</summary>
    public Task FailAsync(double errorRate) => InjectAsync(new FaultSettings(errorRate));

    /// <summary>From now on the ERP misbehaves this way; <c>new FaultSettings()</c> makes it well again.</summary>
    public async Task InjectAsync(FaultSettings faults) =>
        (await Control.PutAsJsonAsync("/_mock/faults", faults, ErpMockApp.Json)).EnsureSuccessStatusCode();

    /// <summary>The ERP's date moves on: what has come due ships, is invoiced and is paid (POST /_mock/clock).</summary>
    public async Task AdvanceClockAsync(DateOnly today) =>
        (await Control.PostAsJsonAsync("/_mock/clock", new ClockRequest(today), ErpMockApp.Json)).EnsureSuccessStatusCode();

    /// <summary>The ERP's planner changes a production order (PATCH /_mock/production-orders/{n}).</summary>
    public async Task ChangeProductionOrderAsync(string number, ProductionOrderChange change) =>
        (await Control.PatchAsJsonAsync($"/_mock/production-orders/{Uri.EscapeDataString(number)}", change, ErpMockApp.Json)).EnsureSuccessStatusCode();

    /// <summary>The ERP deletes a production order (DELETE /_mock/production-orders/{n}).</summary>
    public async Task DeleteProductionOrderAsync(string number) =>
        (await Control.DeleteAsync($"/_mock/production-orders/{Uri.EscapeDataString(number)}")).EnsureSuccessStatusCode();

    /// <summary>The ERP deletes an item, a customer or a stock record (DELETE /_mock/items/{n}, /_mock/customers/{n},
    /// /_mock/stock/{item}/{plant}).</summary>
    public async Task DeleteAsync(string resource) =>
        (await Control.DeleteAsync($"/_mock/{resource}")).EnsureSuccessStatusCode();

    /// <summary>The ERP deletes a purchase-order line (DELETE /_mock/purchase-order-lines/{po}/{line}).</summary>
    public async Task DeletePurchaseOrderLineAsync(string poNumber, int line) =>
        (await Control.DeleteAsync($"/_mock/purchase-order-lines/{Uri.EscapeDataString(poNumber)}/{line}")).EnsureSuccessStatusCode();

    /// <summary>A synthetic dataset of these sizes replaces the ERP's (POST /_mock/dataset/generate).</summary>
    public async Task GenerateAsync(GenerateRequest request) =>
        (await Control.PostAsJsonAsync("/_mock/dataset/generate", request, ErpMockApp.Json)).EnsureSuccessStatusCode();

    /// <summary>Someone working in the ERP cancels a sales order (POST /_mock/sales-orders/{n}/cancel).</summary>
    public async Task CancelSalesOrderAsync(string erpNumber) =>
        (await Control.PostAsync($"/_mock/sales-orders/{Uri.EscapeDataString(erpNumber)}/cancel", null)).EnsureSuccessStatusCode();

    public async Task<int> SalesOrderCountAsync() =>
        (await Control.GetFromJsonAsync<SalesOrderCount>("/_mock/sales-orders/count", ErpMockApp.Json))!.Count;

    public async Task<IReadOnlyList<PushedSalesOrder>> SalesOrdersAsync() =>
        await Control.GetFromJsonAsync<List<PushedSalesOrder>>("/_mock/sales-orders", ErpMockApp.Json) ?? [];

    /// <summary>The ERP's customers as its API serves them (GET /erp/v1/customers).</summary>
    public async Task<IReadOnlyList<ErpCustomer>> CustomersAsync() =>
        (await Control.GetFromJsonAsync<CustomerPage>("/erp/v1/customers?top=1000", ErpMockApp.Json))!.Value;

    private sealed record CustomerPage(List<ErpCustomer> Value);

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
