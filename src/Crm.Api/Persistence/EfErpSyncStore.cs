using Crm.Domain.Calendars;
using Crm.Domain.Catalog;
using Crm.Domain.Customers;
using Crm.Domain.Supply;
using ErpBridge.Sync;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Persistence;

/// <summary>The bridge's storage port on the CRM database. Each page is one transaction: records that exist are
/// updated, new ones added, so re-applying a page changes nothing.</summary>
public sealed class EfErpSyncStore(CrmDbContext db) : IErpSyncStore
{
    public async Task<DateTimeOffset?> GetCursorAsync(ErpEntity entity, CancellationToken ct) =>
        (await db.SyncCursors.AsNoTracking().FirstOrDefaultAsync(c => c.Entity == entity.ToString(), ct))?.LastChange;

    public async Task SaveCursorAsync(ErpEntity entity, DateTimeOffset? lastChange, int rows, DateTimeOffset syncedAt, CancellationToken ct)
    {
        var cursor = await db.SyncCursors.FirstOrDefaultAsync(c => c.Entity == entity.ToString(), ct);
        if (cursor is null) db.SyncCursors.Add(cursor = new SyncCursor(entity.ToString()));
        cursor.Advance(lastChange, rows, syncedAt);
        await SaveAsync(ct);
    }

    public async Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken ct)
    {
        var keys = products.Select(p => p.ItemNumber).ToList();
        await UpsertAsync(products, db.Products.Where(p => keys.Contains(p.ItemNumber)), p => p.ItemNumber, (e, n) => e.Update(n), ct, saveNow: false);

        // Every product a promise can reserve has its guard row.
        var guarded = await db.AtpGuards.Where(g => keys.Contains(g.ItemNumber)).Select(g => new { g.ItemNumber, g.Plant }).ToListAsync(ct);
        foreach (var missing in products.Select(p => new { p.ItemNumber, p.Plant }).Distinct().Except(guarded))
            db.AtpGuards.Add(new AtpGuard(missing.ItemNumber, missing.Plant));
        await SaveAsync(ct);
    }

    public Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken ct)
    {
        var keys = customers.Select(c => c.CustomerNumber).ToList();
        return UpsertAsync(customers, db.Customers.Where(c => keys.Contains(c.CustomerNumber)), c => c.CustomerNumber, (e, n) => e.Update(n), ct);
    }

    public Task UpsertStockAsync(IReadOnlyList<StockLevel> stock, CancellationToken ct)
    {
        var items = stock.Select(s => s.ItemNumber).Distinct().ToList();
        return UpsertAsync(stock, db.StockLevels.Where(s => items.Contains(s.ItemNumber)), s => (s.ItemNumber, s.Plant),
            (e, n) => e.Update(n.Quantity, n.LastChange), ct);
    }

    public Task UpsertProductionOrdersAsync(IReadOnlyList<ProductionOrder> orders, CancellationToken ct)
    {
        var keys = orders.Select(o => o.OrderNumber).ToList();
        return UpsertAsync(orders, db.ProductionOrders.Where(o => keys.Contains(o.OrderNumber)), o => o.OrderNumber, (e, n) => e.Update(n), ct);
    }

    public Task UpsertPurchaseOrderLinesAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken ct)
    {
        var numbers = lines.Select(l => l.PoNumber).Distinct().ToList();
        return UpsertAsync(lines, db.PurchaseOrderLines.Where(l => numbers.Contains(l.PoNumber)), l => (l.PoNumber, l.Line), (e, n) => e.Update(n), ct);
    }

    public Task UpsertCalendarsAsync(IReadOnlyList<PlantCalendar> calendars, CancellationToken ct)
    {
        var plants = calendars.Select(c => c.Plant).ToList();
        return UpsertAsync(calendars, db.PlantCalendars.Where(c => plants.Contains(c.Plant)), c => c.Plant,
            (e, n) => e.Update(n.WeekendDays, n.Holidays, n.PickPackDays), ct);
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

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
