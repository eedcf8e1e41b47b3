using BenchmarkDotNet.Attributes;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Supply;

namespace Crm.Benchmarks;

/// <summary>Issue 3's engine goal: confirming a 20-line order whose products each have 2,000 supply and demand
/// events, median under 1 ms for the whole order.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private Dictionary<ProductKey, ProductAvailability> _products = null!;
    private PromiseRequest _onePerProduct = null!;
    private PromiseRequest _fourPerProduct = null!;

    [Params(2_000)]
    public int EventsPerProduct { get; set; }

    /// <summary>"live path": supply built as the reader builds it (stock, and production and purchase orders read in
    /// date order, merged by the checking rule) and demand read in date order; "shuffled": the same events in no
    /// order, which makes the engine sort them.</summary>
    [Params("live path", "shuffled")]
    public string Events { get; set; } = "live path";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20270301);
        var calendar = new PlantCalendar("P1", [DayOfWeek.Saturday, DayOfWeek.Sunday], [new(2027, 3, 26), new(2027, 3, 29)], 1);
        var changed = new DateTimeOffset(2027, 2, 26, 18, 0, 0, TimeSpan.Zero);
        _products = [];
        for (var p = 0; p < 20; p++)
        {
            var key = new ProductKey($"ITEM-{p:D2}", "P1");
            // Half supply (stock, production and purchase orders), half commitments, spread over a year.
            var orders = EventsPerProduct / 2 - 1;
            var made = Enumerable.Range(0, orders / 2)
                .Select(i => new ProductionOrder($"P-{p}-{i}", key.ItemNumber, "P1", random.Next(5, 60), 0, Today, Today.AddDays(random.Next(0, 365)), ProductionOrderStatus.Released, changed))
                .OrderBy(o => o.ScheduledFinish).ToList();
            var bought = Enumerable.Range(0, orders - orders / 2)
                .Select(i => new PurchaseOrderLine($"PO-{p}", i + 1, key.ItemNumber, "P1", random.Next(5, 60), 0, Today.AddDays(random.Next(0, 365)), changed))
                .OrderBy(l => l.ExpectedDate).ToList();
            var supply = CheckingRule.Default.SupplyEvents(Today, random.Next(50, 500), made, bought).ToList();
            var demand = Enumerable.Range(0, EventsPerProduct / 2)
                .Select(_ => new DemandEvent(Today.AddDays(random.Next(0, 365)), random.Next(1, 50)))
                .OrderBy(d => d.Date).ToList();
            if (Events == "shuffled")
            {
                supply = [.. supply.OrderBy(_ => random.Next())];
                demand = [.. demand.OrderBy(_ => random.Next())];
            }
            _products[key] = new ProductAvailability(key, calendar, supply, demand, p % 3 == 0 ? 0 : 20);
        }

        _onePerProduct = new PromiseRequest(Today, Today.AddDays(21), 3, false,
            [.. _products.Keys.Select(k => new LineRequest(k.ItemNumber, k.Plant, random.Next(20, 400)))]);
        _fourPerProduct = new PromiseRequest(Today, Today.AddDays(21), 3, false,
            [.. _products.Keys.Take(5).SelectMany(k => Enumerable.Range(0, 4).Select(_ => new LineRequest(k.ItemNumber, k.Plant, random.Next(20, 400))))]);
    }

    [Benchmark(Description = "20 lines, 20 products")]
    public OrderPromise TwentyProducts() => PromisingEngine.Promise(_onePerProduct, _products);

    [Benchmark(Description = "20 lines, 5 products (lines consume each other)")]
    public OrderPromise FiveProducts() => PromisingEngine.Promise(_fourPerProduct, _products);
}
