extern alias CrmApi;
using CrmApi::Crm.Api.Features.Integration;
using CrmApi::Crm.Api.Persistence;
using ErpMock.Model;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks.Scenarios;

/// <summary>Synthetic ERP data at plant P1 (Monday to Friday) and access to the CRM database for seeding and checks.</summary>
internal static class ScenarioData
{
    public static string ItemNumber(int i) => $"I-{i:D5}";

    public static string CustomerNumber(int i) => $"C-{i:D3}";

    /// <summary>Customers in the three tiers the default configuration knows (A best).</summary>
    public static List<ErpCustomer> Customers(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ErpCustomer(
            CustomerNumber(i), $"Customer {i}", "Main Street 1", "Stuttgart", "70565", "DE", null, null, "ABC"[i % 3].ToString(), 1_000_000, "EUR", 0))];

    /// <summary>Items without a replenishment lead time, so every unit promised must come from the supply given.</summary>
    public static ErpDataset Dataset(int products, int customers, decimal stock, decimal produced, DateOnly finish) => new(
        [.. Enumerable.Range(0, products).Select(i => new ErpItem(ItemNumber(i), $"Item {i}", "PC", 10m, "EUR", "Make", 0, 0, 0, "P1"))],
        Customers(customers),
        [.. Enumerable.Range(0, products).Select(i => new ErpStock(ItemNumber(i), "P1", stock))],
        [.. Enumerable.Range(0, products).Select(i => new ErpProductionOrder($"PRD-{i:D6}", ItemNumber(i), "P1", produced, 0, finish.AddDays(-7), finish, "Released"))],
        [],
        [new ErpCalendar("P1", [0, 6], [], 0)]);

    /// <summary>How many products hold more schedule-line quantity before <paramref name="until"/> than the stock
    /// there is, or more in all than stock and production together: promised beyond their supply.</summary>
    public static async Task<int> OverPromisedAsync(string connectionString, DateOnly until, decimal stock, decimal total)
    {
        await using var db = Database(connectionString);
        var perProduct = await db.ScheduleLines
            .GroupBy(s => s.ItemNumber)
            .Select(g => new { Early = g.Where(s => s.MaterialAvailabilityDate < until).Sum(s => s.Quantity), All = g.Sum(s => s.Quantity) })
            .ToListAsync();
        return perProduct.Count(p => p.Early > stock || p.All > total);
    }

    /// <summary>Waits until every confirmed order has gone to the ERP.</summary>
    /// <returns>How many messages were still to go, and how long they took.</returns>
    public static async Task<(int Backlog, TimeSpan Took)> OutboxDrainedAsync(string connectionString)
    {
        await using var db = Database(connectionString);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var backlog = await db.Outbox.CountAsync(m => m.DeliveredAt == null && m.DeadAt == null);
        while (await db.Outbox.AnyAsync(m => m.DeliveredAt == null && m.DeadAt == null))
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The outbox still held undelivered messages after two minutes.");
            await Task.Delay(100);
        }
        return (backlog, watch.Elapsed);
    }

    public static PostgresCrmDbContext Database(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresCrmDbContext>().UseNpgsql(connectionString).Options);
}
