extern alias CrmApi;
using System.Diagnostics;
using CrmApi::Crm.Api.Features.Integration;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Promising;
using Crm.Testing;
using static Crm.Benchmarks.Scenarios.ScenarioData;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// Issue 4's outbox goal: at least 200 orders/s delivered to the mock. 5,000 confirmed orders of 3 lines wait in the
/// outbox, as after an ERP outage; a node that starts sweeps them out. The rate is taken between the first and the
/// last order the ERP receives, so the node's start-up does not count.
/// </summary>
internal static class OutboxScenario
{
    private const int Orders = 5_000;
    private const int Products = 100;

    public static async Task RunAsync()
    {
        await using var stack = await BenchmarkStack.StartAsync();
        await stack.Erp.ReplaceDatasetAsync(Dataset(Products, 10, stock: 1_000_000, produced: 0, BenchmarkStack.Today));
        await SeedWaitingOrdersAsync(stack.ConnectionString);
        Console.WriteLine($"{Orders:N0} confirmed orders wait in the outbox");

        await using var sweeper = await CrmApiProcess.StartAsync(stack.Settings);
        var first = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        var received = 0;
        while (received < Orders && watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            received = await stack.Erp.SalesOrderCountAsync();
            if (received > 0 && first == TimeSpan.Zero) first = watch.Elapsed;
            await Task.Delay(50);
        }
        var span = watch.Elapsed - first;
        var twice = (await stack.Erp.SalesOrdersAsync()).Count(o => o.Posts > 1);
        Console.WriteLine($"Outbox delivery: {received:N0} orders in {span.TotalSeconds:F1} s = {received / span.TotalSeconds:F0} orders/s (goal >= 200); {twice} posted twice");
    }

    private static async Task SeedWaitingOrdersAsync(string connectionString)
    {
        var schedule = new DeliverySchedule(Crm.Domain.Supply.PlantCalendar.Standard("P1"), BenchmarkStack.Today, null, 0);
        // Real time, not the scenario's business date: the messages are due now.
        var now = DateTimeOffset.UtcNow;
        for (var batch = 0; batch < Orders; batch += 1_000)
        {
            await using var db = Database(connectionString);
            var orders = Enumerable.Range(batch, 1_000).Select(k =>
            {
                var items = Enumerable.Range(0, 3).Select(j => ItemNumber((k + j * 7) % Products)).ToList();
                var order = SalesOrder.Create(
                    new CustomerNumber(CustomerNumber(k % 10)), null, false,
                    [.. items.Select(i => new OrderLineInput(new ItemNumber(i), "P1", new Quantity(5), false))], BenchmarkStack.Today, "sales@demo.b2bcrm", now);
                order.Confirm(new OrderPromise(BenchmarkStack.Today, [.. items.Select(i => new LinePromise(i, "P1", 5, [schedule.Line(5, BenchmarkStack.Today)], null))]),
                    provisional: false, now);
                return order;
            }).ToList();
            db.SalesOrders.AddRange(orders);
            await db.SaveChangesAsync();
            foreach (var order in orders) order.AssignNumber();
            db.Outbox.AddRange(orders.Select((o, i) => OrderMessages.Created(o, now.AddMilliseconds(batch + i))));
            await db.SaveChangesAsync();
        }
    }
}
