using ErpMock.Model;

namespace ErpMock;

/// <summary>POST /_mock/dataset/generate: how big a synthetic dataset to make, and from which seed. The same seed and
/// sizes always give the same dataset.</summary>
public sealed record GenerateRequest(
    int Seed = 1, int Items = 1_000, int Customers = 100, int? Stock = null, int ProductionOrders = 2_000, int PurchaseOrderLines = 1_000)
{
    public const int MaxRows = 1_000_000;

    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        void Check(string name, int value, int min)
        {
            if (value < min || value > MaxRows) errors[name] = [$"{min:N0} to {MaxRows:N0}."];
        }
        Check("items", Items, 1);
        Check("customers", Customers, 1);
        Check("productionOrders", ProductionOrders, 0);
        Check("purchaseOrderLines", PurchaseOrderLines, 0);
        if (Stock is { } stock && (stock < 0 || stock > Items)) errors["stock"] = ["0 to the number of items (one row per item)."];
        return errors;
    }
}

/// <summary>A large, plausible ERP for benchmarks and demos: items made or bought at plant P1, stock for the first
/// items, production orders for made items and purchase-order lines for bought ones, finishing over the next half year.</summary>
public static class DatasetGenerator
{
    private static readonly string[] Groups = ["A", "B", "C"];

    public static ErpDataset Generate(GenerateRequest request, DateOnly today)
    {
        var random = new Random(request.Seed);
        var items = Enumerable.Range(1, request.Items).Select(n => new ErpItem(
            $"G-{n:D7}", $"Generated item {n}", "PC", Math.Round(1 + (decimal)random.NextDouble() * 500, 2), "EUR",
            n % 2 == 0 ? "Make" : "Buy", random.Next(3, 30), random.Next(5, 40), 0, "P1")).ToList();
        var customers = Enumerable.Range(1, request.Customers).Select(n => new ErpCustomer(
            $"GC-{n:D6}", $"Generated customer {n}", $"{n} Main Street", "Springfield", "12345", "DE", $"buyer{n}@example.com", null,
            Groups[n % Groups.Length], 100_000, "EUR", random.Next(0, 5))).ToList();
        var stock = items.Take(request.Stock ?? request.Items)
            .Select(i => new ErpStock(i.ItemNumber, "P1", random.Next(0, 1_000))).ToList();
        var production = Enumerable.Range(1, request.ProductionOrders).Select(n =>
        {
            var item = items[random.Next(items.Count)];
            var finish = today.AddDays(random.Next(1, 180));
            return new ErpProductionOrder($"GP-{n:D8}", item.ItemNumber, "P1", random.Next(10, 500), 0, finish.AddDays(-10), finish, "Released");
        }).ToList();
        var purchases = Enumerable.Range(1, request.PurchaseOrderLines).Select(n =>
        {
            var item = items[random.Next(items.Count)];
            return new ErpPurchaseOrderLine($"GPO-{(n - 1) / 10 + 1:D7}", (n - 1) % 10 + 1, item.ItemNumber, "P1", random.Next(10, 500), 0,
                today.AddDays(random.Next(1, 180)));
        }).ToList();
        return new ErpDataset(items, customers, stock, production, purchases, [new ErpCalendar("P1", [0, 6], [], 1)]);
    }
}
