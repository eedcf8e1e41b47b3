using Crm.Domain.Accounts;
using Crm.Domain.Catalog;
using Crm.Domain.Sales;
using Crm.Domain.Supply;

namespace ErpBridge.Sync;

/// <summary>Where synced records and cursors are kept. The host implements it on its database;
/// every upsert is idempotent, so a page applied twice changes nothing.</summary>
public interface IErpSyncStore
{
    /// <summary>Where the entity's last run stopped; null before the first.</summary>
    Task<SyncPosition?> GetPositionAsync(ErpEntity entity, CancellationToken ct);

    /// <summary>Called after every stored page, so that an interrupted run resumes after the last page stored.</summary>
    Task SavePositionAsync(ErpEntity entity, SyncPosition position, CancellationToken ct);

    /// <summary>Called when a run of the entity ends, well or not: what the sync status shows.</summary>
    Task RecordRunAsync(ErpEntity entity, SyncRun run, CancellationToken ct);

    /// <summary>Whether records of the entity are on the rejection report: only then must a page's taken records be
    /// struck from it.</summary>
    Task<bool> HasRejectedAsync(ErpEntity entity, CancellationToken ct);

    /// <summary>Files the page's rejected records (replacing an older rejection of the same key) and strikes the keys the
    /// page took: a record the ERP sent again, fixed, is off the report.</summary>
    Task ReportRejectedAsync(ErpEntity entity, IReadOnlyList<RejectedRecord> rejected, IReadOnlyList<string> taken, CancellationToken ct);

    Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken ct);

    Task UpsertCustomersAsync(IReadOnlyList<Account> customers, CancellationToken ct);

    Task UpsertStockAsync(IReadOnlyList<StockLevel> stock, CancellationToken ct);

    Task UpsertProductionOrdersAsync(IReadOnlyList<ProductionOrder> orders, CancellationToken ct);

    Task UpsertPurchaseOrderLinesAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken ct);

    /// <summary>Items the ERP deleted: nothing new can be sold with them; orders that have them keep them.</summary>
    Task DeleteProductsAsync(IReadOnlyList<string> itemNumbers, CancellationToken ct);

    /// <summary>Customers the ERP deleted: no new quotes or orders for them; their orders stay.</summary>
    Task DeleteCustomersAsync(IReadOnlyList<string> customerNumbers, CancellationToken ct);

    /// <summary>Stock records the ERP deleted: that stock stops counting as supply at once.</summary>
    Task DeleteStockAsync(IReadOnlyList<(string ItemNumber, string Plant)> stock, CancellationToken ct);

    /// <summary>Production orders the ERP deleted: they stop counting as supply at once.</summary>
    Task DeleteProductionOrdersAsync(IReadOnlyList<string> orderNumbers, CancellationToken ct);

    Task DeletePurchaseOrderLinesAsync(IReadOnlyList<(string PoNumber, int Line)> lines, CancellationToken ct);

    /// <summary>Deliveries move their orders' shipped quantities and statuses in the same transaction.</summary>
    Task UpsertDeliveriesAsync(IReadOnlyList<Delivery> deliveries, CancellationToken ct);

    Task UpsertInvoicesAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct);

    /// <summary>The ERP's view of our orders: its numbers, and the cancellations made in the ERP, which free the
    /// orders' commitments. Orders the CRM did not send are none of its business.</summary>
    Task RecordOrderStatusesAsync(IReadOnlyList<ErpOrderStatus> statuses, CancellationToken ct);

    Task UpsertCalendarsAsync(IReadOnlyList<PlantCalendar> calendars, CancellationToken ct);

    /// <summary>The plants the synced items live at: the calendars to ask the ERP for.</summary>
    Task<IReadOnlyList<string>> KnownPlantsAsync(CancellationToken ct);
}
