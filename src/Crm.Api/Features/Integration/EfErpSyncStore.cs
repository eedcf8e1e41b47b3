using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Sales.Repromising;
using Crm.Api.Persistence;
using Crm.Domain.Accounts;
using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Sales;
using Crm.Domain.Supply;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Api.Features.Integration;

/// <summary>The bridge's storage port on the CRM database. Each page is one transaction: records that exist are
/// updated, new ones added, so re-applying a page changes nothing. A page that changes what promising reads queues
/// the affected products for backorder processing in the same transaction.</summary>
public sealed class EfErpSyncStore(
    CrmDbContext db, RepromiseQueue repromise, ShipmentRecorder shipments, ErpOrderStatusRecorder orderStatuses, NumberProspectOrders prospectOrders,
    UnitOfWork unitOfWork, TimeProvider time, Accounts.CustomersFromErp customersFromErp) : IErpSyncStore
{
    public async Task<SyncPosition?> GetPositionAsync(ErpEntity entity, CancellationToken ct) =>
        (await db.SyncCursors.AsNoTracking().FirstOrDefaultAsync(c => c.Entity == entity.ToString(), ct))?.Position;

    public Task SavePositionAsync(ErpEntity entity, SyncPosition position, CancellationToken ct) =>
        UpdateCursorAsync(entity, c => c.MoveTo(position), ct);

    public Task RecordRunAsync(ErpEntity entity, SyncRun run, CancellationToken ct) =>
        UpdateCursorAsync(entity, c => c.Ran(run), ct);

    public Task<bool> HasRejectedAsync(ErpEntity entity, CancellationToken ct) =>
        db.ErpRejections.AnyAsync(r => r.Entity == entity.ToString(), ct);

    public async Task ReportRejectedAsync(ErpEntity entity, IReadOnlyList<RejectedRecord> rejected, IReadOnlyList<string> taken, CancellationToken ct)
    {
        var name = entity.ToString();
        var struck = taken.Concat(rejected.Select(r => ErpRejection.Cut(r.Key, 200))).Distinct().ToList();
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var keys in struck.Chunk(1000))
                await db.ErpRejections.Where(r => r.Entity == name && keys.Contains(r.Key)).ExecuteDeleteAsync(ct);
            var now = time.GetUtcNow();
            db.ErpRejections.AddRange(rejected.Select(r => new ErpRejection(r, now)));
            await SaveAsync(ct);
            return true;
        }, ct);
    }

    private async Task UpdateCursorAsync(ErpEntity entity, Action<SyncCursor> update, CancellationToken ct)
    {
        // A failed page may have left its records tracked; they must not be saved with the run's outcome.
        db.ChangeTracker.Clear();
        var cursor = await db.SyncCursors.FirstOrDefaultAsync(c => c.Entity == entity.ToString(), ct);
        if (cursor is null) db.SyncCursors.Add(cursor = new SyncCursor(entity.ToString()));
        update(cursor);
        await SaveAsync(ct);
    }

    public Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken ct) =>
        InPageAsync(() => StoreProductsAsync(products, ct), ct);

    private async Task StoreProductsAsync(IReadOnlyList<Product> products, CancellationToken ct)
    {
        var keys = products.Select(p => p.ItemNumber).ToList();
        await UpsertAsync(products, db.Products.Where(p => keys.Contains(p.ItemNumber)), p => p.ItemNumber, (e, n) => e.Update(n), ct, saveNow: false);
        // The replenishment lead time decides where unlimited availability begins.
        await QueueChangedProductsAsync<Product>(
            [nameof(Product.ProcurementType), nameof(Product.InHouseProductionDays), nameof(Product.PlannedDeliveryDays)], ct);

        // Every product a promise can reserve has its guard row.
        var guarded = await db.AtpGuards.Where(g => keys.Contains(g.ItemNumber)).Select(g => new { g.ItemNumber, g.Plant }).ToListAsync(ct);
        foreach (var missing in products.Select(p => new { p.ItemNumber, p.Plant }).Distinct().Except(guarded))
            db.AtpGuards.Add(new AtpGuard(missing.ItemNumber, missing.Plant));
        await SaveAsync(ct);
    }

    public async Task UpsertCustomersAsync(IReadOnlyList<Account> customers, CancellationToken ct)
    {
        IReadOnlyList<Account> created = [];
        await InPageAsync(async () => created = await customersFromErp.ApplyAsync(customers, ct), ct);
        // Once the page is committed: the new customers' waiting orders take their numbers and go to the ERP.
        foreach (var customer in created) await prospectOrders.HandleAsync(customer.ErpReference!, customer.CustomerNumber!, ct);
    }

    public Task UpsertStockAsync(IReadOnlyList<StockLevel> stock, CancellationToken ct)
    {
        var items = stock.Select(s => s.ItemNumber).Distinct().ToList();
        return UpsertSupplyAsync(stock, db.StockLevels.Where(s => items.Contains(s.ItemNumber)), s => (s.ItemNumber, s.Plant),
            (e, n) => e.Update(n.Quantity, n.LastChange), [nameof(StockLevel.Quantity)], ct);
    }

    public Task UpsertProductionOrdersAsync(IReadOnlyList<ProductionOrder> orders, CancellationToken ct)
    {
        var keys = orders.Select(o => o.OrderNumber).ToList();
        return UpsertSupplyAsync(orders, db.ProductionOrders.Where(o => keys.Contains(o.OrderNumber)), o => o.OrderNumber, (e, n) => e.Update(n),
            [nameof(ProductionOrder.Quantity), nameof(ProductionOrder.DeliveredQuantity), nameof(ProductionOrder.ScheduledFinish), nameof(ProductionOrder.Status)], ct);
    }

    public Task UpsertPurchaseOrderLinesAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken ct)
    {
        var numbers = lines.Select(l => l.PoNumber).Distinct().ToList();
        return UpsertSupplyAsync(lines, db.PurchaseOrderLines.Where(l => numbers.Contains(l.PoNumber)), l => (l.PoNumber, l.Line), (e, n) => e.Update(n),
            [nameof(PurchaseOrderLine.Quantity), nameof(PurchaseOrderLine.ReceivedQuantity), nameof(PurchaseOrderLine.ExpectedDate)], ct);
    }

    public Task DeleteProductsAsync(IReadOnlyList<string> itemNumbers, CancellationToken ct) =>
        InPageAsync(async () =>
    {
        var now = time.GetUtcNow();
        foreach (var product in await db.Products.Where(p => itemNumbers.Contains(p.ItemNumber)).ToListAsync(ct)) product.DeletedInErp(now);
        await SaveAsync(ct);
    }, ct);

    public Task DeleteCustomersAsync(IReadOnlyList<string> customerNumbers, CancellationToken ct) =>
        InPageAsync(() => customersFromErp.DeleteAsync(customerNumbers, ct), ct);

    public async Task DeleteStockAsync(IReadOnlyList<(string ItemNumber, string Plant)> stock, CancellationToken ct)
    {
        var items = stock.Select(s => s.ItemNumber).Distinct().ToList();
        var wanted = stock.ToHashSet();
        var gone = (await db.StockLevels.Where(s => items.Contains(s.ItemNumber)).ToListAsync(ct)).Where(s => wanted.Contains((s.ItemNumber, s.Plant))).ToList();
        await RemoveSupplyAsync(gone, s => new ProductKey(s.ItemNumber, s.Plant), ct);
    }

    public async Task DeleteProductionOrdersAsync(IReadOnlyList<string> orderNumbers, CancellationToken ct) =>
        await RemoveSupplyAsync(await db.ProductionOrders.Where(o => orderNumbers.Contains(o.OrderNumber)).ToListAsync(ct), o => new ProductKey(o.ItemNumber, o.Plant), ct);

    public async Task DeletePurchaseOrderLinesAsync(IReadOnlyList<(string PoNumber, int Line)> lines, CancellationToken ct)
    {
        var numbers = lines.Select(l => l.PoNumber).Distinct().ToList();
        var wanted = lines.ToHashSet();
        var gone = (await db.PurchaseOrderLines.Where(l => numbers.Contains(l.PoNumber)).ToListAsync(ct)).Where(l => wanted.Contains((l.PoNumber, l.Line))).ToList();
        await RemoveSupplyAsync(gone, l => new ProductKey(l.ItemNumber, l.Plant), ct);
    }

    /// <summary>Supply the ERP deleted goes, and its products are promised again in the same transaction.</summary>
    private async Task RemoveSupplyAsync<T>(IReadOnlyList<T> gone, Func<T, ProductKey> product, CancellationToken ct) where T : class
    {
        if (gone.Count == 0) return;
        await repromise.RequestAsync([.. gone.Select(product).Distinct()], RepromiseQueue.SupplyChanged, ct);
        db.RemoveRange(gone);
        await SaveAsync(ct);
    }

    public Task UpsertDeliveriesAsync(IReadOnlyList<Delivery> deliveries, CancellationToken ct)
    {
        var keys = deliveries.Select(d => d.DeliveryNumber).ToList();
        return shipments.RecordAsync(
            async () =>
            {
                await UpsertAsync(deliveries, db.Deliveries.Where(d => keys.Contains(d.DeliveryNumber)), d => d.DeliveryNumber, (e, n) => e.Update(n), ct, saveNow: false);
                foreach (var arrived in Arrived<Delivery>()) arrived.Received(time.GetUtcNow());
                await SaveAsync(ct);
            },
            [.. deliveries.Select(d => d.OrderNumber).Distinct()], ct);
    }

    /// <summary>The records of this page the CRM had not seen before.</summary>
    private List<T> Arrived<T>() where T : class =>
        [.. db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    public Task RecordOrderStatusesAsync(IReadOnlyList<ErpOrderStatus> statuses, CancellationToken ct) =>
        orderStatuses.RecordAsync(statuses, ct);

    public Task UpsertInvoicesAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct)
    {
        var keys = invoices.Select(i => i.InvoiceNumber).ToList();
        return shipments.RecordAsync(
            async () =>
            {
                var now = time.GetUtcNow();
                await UpsertAsync(invoices, db.Invoices.Where(i => keys.Contains(i.InvoiceNumber)), i => i.InvoiceNumber, (e, n) => e.Update(n, now), ct, saveNow: false);
                foreach (var arrived in Arrived<Invoice>()) arrived.Received(now);
                await SaveAsync(ct);
            },
            [.. invoices.Select(i => i.OrderNumber).Distinct()], ct);
    }

    public async Task UpsertCalendarsAsync(IReadOnlyList<PlantCalendar> calendars, CancellationToken ct)
    {
        var plants = calendars.Select(c => c.Plant).ToList();
        await UpsertAsync(calendars, db.PlantCalendars.Where(c => plants.Contains(c.Plant)), c => c.Plant,
            (e, n) => e.Update(n.WeekendDays, n.Holidays, n.PickPackDays), ct, saveNow: false);
        var changed = ChangedEntries<PlantCalendar>(
            [nameof(PlantCalendar.WeekendDays), nameof(PlantCalendar.Holidays), nameof(PlantCalendar.PickPackDays)]);
        await repromise.RequestPlantsAsync([.. changed.Select(e => e.Entity.Plant).Distinct()], RepromiseQueue.CalendarChanged, ct);
        await SaveAsync(ct);
    }

    public async Task<IReadOnlyList<string>> KnownPlantsAsync(CancellationToken ct) =>
        await db.Products.Select(p => p.Plant).Distinct().OrderBy(p => p).ToListAsync(ct);

    private async Task UpsertAsync<T, TKey>(
        IReadOnlyList<T> incoming, IQueryable<T> existingQuery, Func<T, TKey> key, Action<T, T> update, CancellationToken ct, bool saveNow = true)
        where T : class
        where TKey : notnull
    {
        var existing = await existingQuery.ToDictionaryAsync(key, ct);
        // The last record wins when a page repeats a key.
        foreach (var record in incoming.GroupBy(key).Select(g => g.Last()))
        {
            if (existing.TryGetValue(key(record), out var stored)) update(stored, record);
            else db.Add(record);
        }
        if (saveNow) await SaveAsync(ct);
    }

    private Task UpsertSupplyAsync<T, TKey>(
        IReadOnlyList<T> incoming, IQueryable<T> existingQuery, Func<T, TKey> key, Action<T, T> update, string[] promisingInputs, CancellationToken ct)
        where T : class
        where TKey : notnull =>
        InPageAsync(async () =>
        {
            await UpsertAsync(incoming, existingQuery, key, update, ct, saveNow: false);
            await QueueChangedProductsAsync<T>(promisingInputs, ct);
            await SaveAsync(ct);
        }, ct);

    /// <summary>A page is stored in one transaction. On PostgreSQL its reads are planned for the keys they are given:
    /// the app prepares its statements, and a plan cached while a table was still small (a scan comparing every row
    /// with every key) would otherwise be kept as the initial sync fills it, making each page slower than the last.</summary>
    private Task InPageAsync(Func<Task> store, CancellationToken ct) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            await db.PlanEachQueryForItsKeysAsync(ct);
            await store();
            return true;
        }, ct);

    /// <summary>Queues the products (item and plant, before and after) of new records and of records whose promising
    /// inputs changed; a page that only repeats what is stored queues nothing.</summary>
    private Task QueueChangedProductsAsync<T>(string[] promisingInputs, CancellationToken ct) where T : class
    {
        ProductKey Key(PropertyValues values) => new((string)values["ItemNumber"]!, (string)values["Plant"]!);
        var products = ChangedEntries<T>(promisingInputs)
            .SelectMany(e => e.State == EntityState.Added ? [Key(e.CurrentValues)] : new[] { Key(e.CurrentValues), Key(e.OriginalValues) })
            .Distinct()
            .ToList();
        return repromise.RequestAsync(products, RepromiseQueue.SupplyChanged, ct);
    }

    private List<EntityEntry<T>> ChangedEntries<T>(string[] promisingInputs) where T : class
    {
        db.ChangeTracker.DetectChanges();
        return [.. db.ChangeTracker.Entries<T>().Where(e =>
            e.State == EntityState.Added
            || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && promisingInputs.Contains(p.Metadata.Name))))];
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await unitOfWork.SaveAsync(ct);
        db.ChangeTracker.Clear();
    }
}
