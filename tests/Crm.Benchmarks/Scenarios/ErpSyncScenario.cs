extern alias CrmApi;
using CrmApi::Crm.Api.Features.Integration;
using System.Diagnostics;
using System.Net.Http.Json;
using Crm.Contracts;
using ErpMock;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// Issue 4's sync goals on PostgreSQL: the initial sync of 50,000 items, 50,000 stock rows, 100,000 production orders
/// and 50,000 purchase-order lines from the mock (goal under 60 s), then a delta of 1,000 changed production orders
/// (goal under 2 s), both through POST /api/erp/sync, pages of the default size.
/// </summary>
internal static class ErpSyncScenario
{
    private const int Changed = 1_000;

    public static async Task RunAsync()
    {
        await using var stack = await BenchmarkStack.StartAsync();
        using var admin = await stack.SignedInAsync("admin");
        await stack.Erp.GenerateAsync(new GenerateRequest(Seed: 42, Items: 50_000, Customers: 1_000, Stock: 50_000, ProductionOrders: 100_000, PurchaseOrderLines: 50_000));

        var initial = await SyncAsync(admin);
        Console.WriteLine($"Initial sync: {Rows(initial)} in {Seconds(initial)} (goal < 60 s); Crm.Api peak memory {stack.Api.PeakMemoryMegabytes():N0} MB");
        await PrintPerEntityAsync(stack);

        var random = new Random(7);
        foreach (var n in Enumerable.Range(0, 100_000).OrderBy(_ => random.Next()).Take(Changed))
            await stack.Erp.ChangeProductionOrderAsync($"GP-{n + 1:D8}", new ProductionOrderChange(BenchmarkStack.Today.AddDays(200), null, null));
        var delta = await SyncAsync(admin);
        Console.WriteLine($"Delta sync of {Changed:N0} changed production orders: {Rows(delta)} in {Seconds(delta)} (goal < 2 s)");
        await PrintPerEntityAsync(stack);
    }

    /// <summary>Each entity's share of the last run: where a slow sync spends its time.</summary>
    private static async Task PrintPerEntityAsync(BenchmarkStack stack)
    {
        await using var db = ScenarioData.Database(stack.ConnectionString);
        var runs = await db.SyncCursors.AsNoTracking().OrderBy(c => c.LastRunStartedAt).ToListAsync();
        Console.WriteLine("  per entity: " + string.Join(", ", runs.Select(r => $"{r.Entity} {(r.LastRunAt - r.LastRunStartedAt)?.TotalSeconds:F2} s")));
    }

    private static async Task<(SyncResponse Response, TimeSpan Elapsed)> SyncAsync(HttpClient admin)
    {
        var watch = Stopwatch.StartNew();
        var response = await admin.PostAsync("/api/erp/sync", null);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<SyncResponse>())!, watch.Elapsed);
    }

    private static string Rows((SyncResponse Response, TimeSpan Elapsed) run) =>
        string.Join(", ", run.Response.Entities.Where(e => e.Rows > 0).Select(e => $"{e.Rows:N0} {e.Entity}"));

    /// <summary>The whole call, and within it the sync alone (the rest is backorder processing of what changed).</summary>
    private static string Seconds((SyncResponse Response, TimeSpan Elapsed) run) =>
        $"{run.Elapsed.TotalSeconds:F1} s ({(run.Response.FinishedAt - run.Response.StartedAt).TotalSeconds:F1} s syncing)";
}
