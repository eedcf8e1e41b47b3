using ErpBridge.Contract;
using ErpBridge.Sources;
using ErpBridge.Translation;

namespace ErpBridge.Sync;

/// <summary>Delta sync of every ERP entity into the CRM: from each entity's cursor, every page, idempotent upserts.
/// The cursor moves after every stored page, so an interrupted run resumes after the last page it stored.</summary>
public sealed class ErpSyncService
{
    private readonly IErpSource _source;
    private readonly IErpSyncStore _store;
    private readonly TimeProvider _time;

    internal ErpSyncService(IErpSource source, IErpSyncStore store, TimeProvider time)
    {
        _source = source;
        _store = store;
        _time = time;
    }

    /// <summary>Stock, production orders and purchase-order lines only: what promising reads, refreshed before a
    /// confirmation when the CRM's copy is too old.</summary>
    public async Task<SyncReport> SyncSupplyAsync(CancellationToken ct)
    {
        var started = _time.GetUtcNow();
        var results = await SupplyAsync(full: false, ct);
        return new SyncReport(started, _time.GetUtcNow(), results);
    }

    private async Task<List<EntitySyncResult>> SupplyAsync(bool full, CancellationToken ct) =>
    [
        await SyncAsync<ErpStockDto, Crm.Domain.Supply.StockLevel>(ErpEntity.Stock, ErpTranslator.ToStock, _store.UpsertStockAsync, full, ct, DeleteStock),
        await SyncAsync<ErpProductionOrderDto, Crm.Domain.Supply.ProductionOrder>(ErpEntity.ProductionOrders, ErpTranslator.ToProductionOrder, _store.UpsertProductionOrdersAsync, full, ct, DeleteProductionOrders),
        await SyncAsync<ErpPurchaseOrderLineDto, Crm.Domain.Supply.PurchaseOrderLine>(ErpEntity.PurchaseOrderLines, ErpTranslator.ToPurchaseOrderLine, _store.UpsertPurchaseOrderLinesAsync, full, ct, DeletePurchaseOrderLines),
    ];

    /// <param name="full">Ignore the cursors and read everything again (after a restore, or to repair drift).</param>
    public async Task<SyncReport> SyncAllAsync(CancellationToken ct, bool full = false)
    {
        var started = _time.GetUtcNow();
        // Deliveries are read before stock and stored after it. A shipment booked between the two reads is then missing
        // from the stock and still counted as demand until the next run (too little promised for a moment), never
        // the other way round (the same units free twice).
        var deliveries = await ReadAheadAsync<ErpDeliveryDto>(ErpEntity.Deliveries, full, ct);
        var results = new List<EntitySyncResult>
        {
            await SyncAsync<ErpItemDto, Crm.Domain.Catalog.Product>(ErpEntity.Items, ErpTranslator.ToProduct, _store.UpsertProductsAsync, full, ct,
                (gone, c) => _store.DeleteProductsAsync([.. gone.Select(d => d.ItemNumber)], c)),
            await SyncAsync<ErpCustomerDto, Crm.Domain.Accounts.Account>(ErpEntity.Customers, ErpTranslator.ToCustomer, _store.UpsertCustomersAsync, full, ct,
                (gone, c) => _store.DeleteCustomersAsync([.. gone.Select(d => d.CustomerNumber)], c)),
        };
        results.AddRange(await SupplyAsync(full, ct));
        var plants = await _store.KnownPlantsAsync(ct);
        results.Add(await StoreAsync(
            ErpEntity.Calendars, from => _source.ReadCalendarsAsync(plants, from?.ChangedAt, ct),
            (dto, _) => ErpTranslator.ToCalendar(dto), _store.UpsertCalendarsAsync, full, ct));
        results.Add(await StoreAsync<ErpDeliveryDto, Crm.Domain.Sales.Delivery>(ErpEntity.Deliveries, deliveries, ErpTranslator.ToDelivery, _store.UpsertDeliveriesAsync, full, ct));
        results.Add(await SyncAsync<ErpInvoiceDto, Crm.Domain.Sales.Invoice>(ErpEntity.Invoices, ErpTranslator.ToInvoice, _store.UpsertInvoicesAsync, full, ct));
        results.Add(await SyncAsync<ErpSalesOrderStatusDto, Crm.Domain.Sales.ErpOrderStatus>(ErpEntity.SalesOrders, ErpTranslator.ToOrderStatus, _store.RecordOrderStatusesAsync, full, ct));
        return new SyncReport(started, _time.GetUtcNow(), results);
    }

    /// <summary>Reads every page of the entity now, to be stored later from the same position. A read that fails
    /// fails when the pages are stored, so that the entity's run records it like any other.</summary>
    private async Task<Func<SyncPosition?, IAsyncEnumerable<SourcePage<T>>>> ReadAheadAsync<T>(ErpEntity entity, bool full, CancellationToken ct)
        where T : IErpRecord
    {
        var position = full ? null : await _store.GetPositionAsync(entity, ct);
        try
        {
            var pages = await _source.ReadAsync<T>(entity, position, ct).ToListAsync(ct);
            return _ => pages.ToAsyncEnumerable();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            return _ => Failing<T>(failure);
        }
    }

    private static async IAsyncEnumerable<SourcePage<T>> Failing<T>(System.Runtime.ExceptionServices.ExceptionDispatchInfo failure)
    {
        await Task.CompletedTask;
        failure.Throw();
        yield break;
    }

    private Task DeleteStock(IReadOnlyList<ErpStockDto> gone, CancellationToken ct) =>
        _store.DeleteStockAsync([.. gone.Select(d => (d.ItemNumber, d.Plant))], ct);

    private Task DeleteProductionOrders(IReadOnlyList<ErpProductionOrderDto> gone, CancellationToken ct) =>
        _store.DeleteProductionOrdersAsync([.. gone.Select(d => d.OrderNumber)], ct);

    private Task DeletePurchaseOrderLines(IReadOnlyList<ErpPurchaseOrderLineDto> gone, CancellationToken ct) =>
        _store.DeletePurchaseOrderLinesAsync([.. gone.Select(d => (d.PoNumber, d.Line))], ct);

    private Task<EntitySyncResult> SyncAsync<TDto, TRecord>(
        ErpEntity entity, Func<TDto, DateTimeOffset, TRecord> translate,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task> upsert, bool full, CancellationToken ct,
        Func<IReadOnlyList<TDto>, CancellationToken, Task>? delete = null)
        where TDto : IErpRecord =>
        StoreAsync(entity, from => _source.ReadAsync<TDto>(entity, from, ct), translate, upsert, full, ct, delete);

    private async Task<EntitySyncResult> StoreAsync<TDto, TRecord>(
        ErpEntity entity, Func<SyncPosition?, IAsyncEnumerable<SourcePage<TDto>>> read,
        Func<TDto, DateTimeOffset, TRecord> translate, Func<IReadOnlyList<TRecord>, CancellationToken, Task> upsert, bool full, CancellationToken ct,
        Func<IReadOnlyList<TDto>, CancellationToken, Task>? delete = null)
        where TDto : IErpRecord
    {
        var started = _time.GetUtcNow();
        var position = full ? null : await _store.GetPositionAsync(entity, ct);
        var reportOpen = await _store.HasRejectedAsync(entity, ct);
        var (rows, pages, rejectedRows, keyless) = (0, 0, 0, false);
        try
        {
            // The ERP's changedSince is inclusive: records at the position's instant come again and are skipped by
            // key, as are the records of a page the ERP delivers twice.
            await foreach (var page in read(position))
            {
                var fresh = Enumerable.Range(0, page.Records.Count).Where(i => IsNew(page.Records[i], position)).ToList();
                var rejected = page.Rejected.ToList();
                // The latest word on each record counts: a record deleted and added again in one page is there.
                var latest = fresh.GroupBy(i => page.Records[i].CursorKey).Select(g => g.Last());
                var (live, gone, taken) = (new List<TRecord>(), new List<TDto>(), new List<string>());
                foreach (var i in latest)
                {
                    var dto = page.Records[i];
                    try
                    {
                        // An entity whose records the ERP never deletes has no tombstones to apply.
                        if (!dto.IsDeleted) live.Add(translate(dto, started));
                        else if (delete is not null) gone.Add(dto);
                        taken.Add(dto.RecordKey);
                    }
                    catch (ErpDataException e)
                    {
                        // One bad record must not hold back the good ones, nor stop the cursor: it is reported, and taken
                        // when the ERP sends it again, changed.
                        rejected.Add(new RejectedRecord(entity, page.Source, page.LineOf(i), e.Key, e.Field, e.Reason));
                    }
                }
                if (live.Count > 0) await upsert(live, ct);
                if (gone.Count > 0) await delete!(gone, ct);
                if (rejected.Count > 0 || reportOpen) await _store.ReportRejectedAsync(entity, rejected, taken, ct);
                reportOpen |= rejected.Count > 0;
                rejectedRows += rejected.Count;
                keyless |= rejected.Any(r => r.Key.Length == 0);
                if (fresh.Count == 0) continue;
                rows += fresh.Count;
                pages++;
                if (Last(fresh.Select(i => page.Records[i])) is { } last && last != position) await _store.SavePositionAsync(entity, position = last, ct);
            }
        }
        catch (ErpFileException e)
        {
            // A file that cannot be read at all fails its entity alone; the other exports are still read.
            await _store.RecordRunAsync(entity, new SyncRun(started, _time.GetUtcNow(), rows, e.Message), CancellationToken.None);
            return new EntitySyncResult(entity, rows, pages, position?.ChangedAt, rejectedRows, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _store.RecordRunAsync(entity, new SyncRun(started, _time.GetUtcNow(), rows, e.Message), CancellationToken.None);
            throw;
        }
        // A row whose key could not be read cannot be struck by its key; it goes once a whole run no longer finds one.
        if (reportOpen && !keyless) await _store.ReportRejectedAsync(entity, [], [""], ct);
        await _store.RecordRunAsync(entity, new SyncRun(started, _time.GetUtcNow(), rows, null), ct);
        return new EntitySyncResult(entity, rows, pages, position?.ChangedAt, rejectedRows);
    }

    /// <summary>A record without a change time cannot be placed, so it is always taken (the upsert is idempotent).</summary>
    private static bool IsNew(IErpRecord record, SyncPosition? position) =>
        position is null || record.LastChangeDateTime is not { } changed || position.IsBefore(changed, record.CursorKey);

    private static SyncPosition? Last<T>(IEnumerable<T> page) where T : IErpRecord =>
        page.Where(r => r.LastChangeDateTime is not null)
            .Select(r => new SyncPosition(r.LastChangeDateTime!.Value, r.CursorKey))
            .Aggregate((SyncPosition?)null, (max, p) => max is null || max.IsBefore(p.ChangedAt, p.Key) ? p : max);
}
