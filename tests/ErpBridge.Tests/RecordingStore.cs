using Crm.Domain.Accounts;
using Crm.Domain.Catalog;
using Crm.Domain.Sales;
using Crm.Domain.Supply;
using ErpBridge.Sync;

namespace ErpBridge.Tests;

/// <summary>The bridge's storage port kept in memory, keyed like the CRM database: what a sync left behind.</summary>
internal sealed class RecordingStore : IErpSyncStore
{
    public Dictionary<ErpEntity, SyncPosition> Positions { get; } = [];
    public List<(ErpEntity Entity, SyncRun Run)> Runs { get; } = [];

    public Dictionary<string, Product> Products { get; } = [];
    public Dictionary<string, Account> Customers { get; } = [];
    public Dictionary<(string, string), StockLevel> Stock { get; } = [];
    public Dictionary<string, ProductionOrder> ProductionOrders { get; } = [];
    public Dictionary<(string, int), PurchaseOrderLine> PurchaseOrderLines { get; } = [];
    public Dictionary<string, PlantCalendar> Calendars { get; } = [];
    public Dictionary<string, Delivery> Deliveries { get; } = [];
    public Dictionary<string, Invoice> Invoices { get; } = [];
    public int PagesStored { get; private set; }

    public Task<SyncPosition?> GetPositionAsync(ErpEntity entity, CancellationToken ct) => Task.FromResult(Positions.GetValueOrDefault(entity));

    public Task SavePositionAsync(ErpEntity entity, SyncPosition position, CancellationToken ct)
    {
        Positions[entity] = position;
        return Task.CompletedTask;
    }

    public Task RecordRunAsync(ErpEntity entity, SyncRun run, CancellationToken ct)
    {
        Runs.Add((entity, run));
        return Task.CompletedTask;
    }

    /// <summary>The rejection report as the CRM would show it.</summary>
    public List<RejectedRecord> Rejected { get; } = [];

    public Task<bool> HasRejectedAsync(ErpEntity entity, CancellationToken ct) => Task.FromResult(Rejected.Any(r => r.Entity == entity));

    public Task ReportRejectedAsync(ErpEntity entity, IReadOnlyList<RejectedRecord> rejected, IReadOnlyList<string> taken, CancellationToken ct)
    {
        var struck = taken.Concat(rejected.Select(r => r.Key)).ToHashSet();
        Rejected.RemoveAll(r => r.Entity == entity && struck.Contains(r.Key));
        Rejected.AddRange(rejected);
        return Task.CompletedTask;
    }

    public Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken ct) => Keep(products, Products, p => p.ItemNumber);
    public Task UpsertCustomersAsync(IReadOnlyList<Account> customers, CancellationToken ct) => Keep(customers, Customers, c => c.CustomerNumber!.Value);
    public Task UpsertStockAsync(IReadOnlyList<StockLevel> stock, CancellationToken ct) => Keep(stock, Stock, s => (s.ItemNumber, s.Plant));
    public Task UpsertProductionOrdersAsync(IReadOnlyList<ProductionOrder> orders, CancellationToken ct) => Keep(orders, ProductionOrders, o => o.OrderNumber);
    public Task UpsertPurchaseOrderLinesAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken ct) => Keep(lines, PurchaseOrderLines, l => (l.PoNumber, l.Line));
    public Task DeleteProductsAsync(IReadOnlyList<string> itemNumbers, CancellationToken ct) => Forget(itemNumbers, Products);
    public Task DeleteCustomersAsync(IReadOnlyList<string> customerNumbers, CancellationToken ct) => Forget(customerNumbers, Customers);
    public Task DeleteStockAsync(IReadOnlyList<(string ItemNumber, string Plant)> stock, CancellationToken ct) => Forget(stock, Stock);

    private static Task Forget<TKey, T>(IEnumerable<TKey> keys, Dictionary<TKey, T> from) where TKey : notnull
    {
        foreach (var key in keys) from.Remove(key);
        return Task.CompletedTask;
    }

    public Task DeleteProductionOrdersAsync(IReadOnlyList<string> orderNumbers, CancellationToken ct) => Forget(orderNumbers, ProductionOrders);
    public Task DeletePurchaseOrderLinesAsync(IReadOnlyList<(string PoNumber, int Line)> lines, CancellationToken ct) => Forget(lines, PurchaseOrderLines);

    public Task UpsertDeliveriesAsync(IReadOnlyList<Delivery> deliveries, CancellationToken ct) => Keep(deliveries, Deliveries, d => d.DeliveryNumber);
    public Task UpsertInvoicesAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct) => Keep(invoices, Invoices, i => i.InvoiceNumber);
    public Dictionary<string, ErpOrderStatus> OrderStatuses { get; } = [];
    public Task RecordOrderStatusesAsync(IReadOnlyList<ErpOrderStatus> statuses, CancellationToken ct) => Keep(statuses, OrderStatuses, s => s.ErpOrderNumber);
    public Task UpsertCalendarsAsync(IReadOnlyList<PlantCalendar> calendars, CancellationToken ct) => Keep(calendars, Calendars, c => c.Plant);

    public Task<IReadOnlyList<string>> KnownPlantsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([.. Products.Values.Select(p => p.Plant).Distinct()]);

    /// <summary>Set to make the store fail when it is handed its n-th page, as a process that dies half-way would.</summary>
    public int? FailAtPage { get; set; }

    /// <summary>Called after each stored page with the type of its records: what the ERP does meanwhile.</summary>
    public Action<Type>? AfterStore { get; set; }

    /// <summary>Every record handed to the store, repeats included.</summary>
    public int RecordsStored { get; private set; }

    private Task Keep<T, TKey>(IReadOnlyList<T> records, Dictionary<TKey, T> into, Func<T, TKey> key) where TKey : notnull
    {
        if (PagesStored + 1 == FailAtPage) throw new IOException("The store went away (test).");
        RecordsStored += records.Count;
        foreach (var record in records) into[key(record)] = record;
        PagesStored++;
        AfterStore?.Invoke(typeof(T));
        return Task.CompletedTask;
    }
}
