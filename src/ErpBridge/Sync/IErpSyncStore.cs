using Crm.Domain.Calendars;
using Crm.Domain.Catalog;
using Crm.Domain.Customers;
using Crm.Domain.Supply;

namespace ErpBridge.Sync;

/// <summary>Where synced records and cursors are kept. The host implements it on its database;
/// every upsert is idempotent, so a page applied twice changes nothing.</summary>
public interface IErpSyncStore
{
    Task<DateTimeOffset?> GetCursorAsync(ErpEntity entity, CancellationToken ct);

    Task SaveCursorAsync(ErpEntity entity, DateTimeOffset? lastChange, int rows, DateTimeOffset syncedAt, CancellationToken ct);

    Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken ct);

    Task UpsertCustomersAsync(IReadOnlyList<Customer> customers, CancellationToken ct);

    Task UpsertStockAsync(IReadOnlyList<StockLevel> stock, CancellationToken ct);

    Task UpsertProductionOrdersAsync(IReadOnlyList<ProductionOrder> orders, CancellationToken ct);

    Task UpsertPurchaseOrderLinesAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken ct);

    Task UpsertCalendarsAsync(IReadOnlyList<PlantCalendar> calendars, CancellationToken ct);

    /// <summary>The plants the synced items live at: the calendars to ask the ERP for.</summary>
    Task<IReadOnlyList<string>> KnownPlantsAsync(CancellationToken ct);
}
