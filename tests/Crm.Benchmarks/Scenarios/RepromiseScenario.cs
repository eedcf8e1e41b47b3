extern alias CrmApi;
using System.Diagnostics;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Promising;
using static Crm.Benchmarks.Scenarios.ScenarioData;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// Issue 3's re-promising goal: 100,000 open schedule lines over 10,000 products, promised again after a supply
/// change that touches all of them, under 10 s on PostgreSQL. Every product has 50 on hand and a production order
/// of 100 on 15 March; ten orders of 10 take it (five from stock, five from the production order). Then the ERP writes
/// 10 off every stock and every production order slips a week: the sync queues all 10,000 products and backorder
/// processing promises their lines again.
/// </summary>
internal static class RepromiseScenario
{
    private const int Products = 10_000;
    private const int LinesPerOrder = 10;
    private const int Orders = Products;
    private const int WarmUp = 100;
    private static readonly DateOnly Finish = new(2027, 3, 15);
    private static readonly DateOnly Slipped = new(2027, 3, 22);

    public static async Task RunAsync(string[] args)
    {
        await using var stack = await BenchmarkStack.StartAsync();
        using var admin = await stack.SignedInAsync("admin");

        await stack.Erp.ReplaceDatasetAsync(Dataset(Products, 99, stock: 50, produced: 100, Finish));
        var initial = await TimedAsync(() => admin.PostAsync("/api/erp/sync", null));
        Console.WriteLine($"Initial sync of {Products:N0} items, stock rows and production orders: {initial.Elapsed.TotalSeconds:F1} s");

        var seeding = Stopwatch.StartNew();
        await SeedOrdersAsync(stack.ConnectionString);
        Console.WriteLine($"Seeded {Orders:N0} confirmed orders with {Orders * LinesPerOrder:N0} schedule lines in {seeding.Elapsed.TotalSeconds:F1} s");

        // A running server has promised again before: the first run pays for compiling the code, so it is not timed.
        var before = Dataset(Products, 99, stock: 50, produced: 100, Finish);
        await stack.Erp.ReplaceDatasetAsync(before with { Stock = [.. before.Stock!.Select((s, i) => i < WarmUp ? s with { UnrestrictedQuantity = 45 } : s)] });
        var warmUp = await TimedAsync(() => admin.PostAsync("/api/erp/sync", null));
        Console.WriteLine($"Warm-up: stock of {WarmUp} products cut and promised again in {warmUp.Elapsed.TotalSeconds:F1} s");

        await stack.Erp.ReplaceDatasetAsync(Dataset(Products, 99, stock: 40, produced: 100, Slipped));
        var (elapsed, response) = await TimedAsync(() => admin.PostAsync("/api/erp/sync", null));
        var sync = await response.Content.ReadFromJsonAsync<SyncResponse>();
        var syncPart = sync!.FinishedAt - sync.StartedAt;
        var backorders = sync.Backorders!;

        Console.WriteLine($"Supply change synced ({sync.Entities.Sum(e => e.Rows):N0} rows, {backorders.Products:N0} products queued): {syncPart.TotalSeconds:F1} s");
        Console.WriteLine($"Backorder processing: {(elapsed - syncPart).TotalSeconds:F1} s for {backorders.Products:N0} products; " +
            $"{backorders.OrdersChanged:N0} order updates, {backorders.LinesChanged:N0} lines changed, {backorders.LinesAtRisk:N0} lines at risk");
        Console.WriteLine($"Crm.Api peak memory (VmHWM): {stack.Api.PeakMemoryMegabytes():N0} MB");
        Console.WriteLine($"Products promised beyond their supply afterwards: {await OverPromisedAsync(stack.ConnectionString, Slipped, 40, 140)}");
    }

    private static async Task<(TimeSpan Elapsed, HttpResponseMessage Response)> TimedAsync(Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        var response = await call();
        response.EnsureSuccessStatusCode();
        return (watch.Elapsed, response);
    }

    /// <summary>Order k takes 10 of products k, k+1000, k+2000, ...; each product is on ten orders, and the first
    /// five confirmed get its stock, the next five its production order.</summary>
    private static async Task SeedOrdersAsync(string connectionString)
    {
        var schedule = new DeliverySchedule(Crm.Domain.Supply.PlantCalendar.Standard("P1"), BenchmarkStack.Today, null, 0);
        var taken = new int[Products];
        var confirmedAt = new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < Orders; batch += 1_000)
        {
            await using var db = Database(connectionString);
            for (var k = batch; k < batch + 1_000; k++)
            {
                var items = Enumerable.Range(0, LinesPerOrder).Select(j => (k + j * 1_000) % Products).ToList();
                var order = SalesOrder.Create(
                    new CustomerNumber(CustomerNumber(k % 99)), null, false,
                    [.. items.Select(i => new OrderLineInput(new ItemNumber(ItemNumber(i)), "P1", new Quantity(10), false))],
                    BenchmarkStack.Today, "sales@demo.b2bcrm", confirmedAt);
                var lines = items.Select(i => new LinePromise(ItemNumber(i), "P1", 10,
                    [schedule.Line(10, taken[i]++ < 5 ? BenchmarkStack.Today : Finish)], null)).ToList();
                order.Confirm(new OrderPromise(BenchmarkStack.Today, lines), provisional: false, confirmedAt.AddSeconds(k));
                db.SalesOrders.Add(order);
            }
            await db.SaveChangesAsync();
        }
    }
}
