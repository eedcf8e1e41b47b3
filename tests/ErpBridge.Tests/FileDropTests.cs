using System.Text.Json;
using Crm.Testing;
using ErpBridge.Sync;
using ErpMock;

namespace ErpBridge.Tests;

public sealed class FileDropTests : IAsyncLifetime, IDisposable
{
    private static readonly string DemoCsv = Path.Combine(AppContext.BaseDirectory, "datasets", "demo", "csv");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"b2bcrm-drop-{Guid.NewGuid():N}");
    private ErpMockServer _erp = null!;

    public async Task InitializeAsync() => _erp = await ErpMockServer.StartAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_demo_exports_and_the_REST_API_give_the_CRM_the_same_records()
    {
        await _erp.LoadAsync(ErpMockApp.Load(ErpMockApp.DemoDatasetPath), new DateOnly(2027, 3, 1));
        using var rest = Bridge.Rest(_erp.Url, pageSize: 7);
        using var files = Bridge.FileDrop(DemoCsv, pageSize: 7);

        var restReport = await rest.SyncAsync();
        var fileReport = await files.SyncAsync();

        Assert.Equal(restReport.Entities.Select(e => (e.Entity, e.Rows, e.Cursor)), fileReport.Entities.Select(e => (e.Entity, e.Rows, e.Cursor)));
        Assert.Equal(20, files.Store.Products.Count);
        Assert.Equal(Snapshot(rest.Store), Snapshot(files.Store));
    }

    [Fact]
    public async Task A_missing_export_file_means_nothing_to_sync_for_that_entity()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(DemoCsv, "items.csv"), Path.Combine(_folder, "items.csv"));
        using var files = Bridge.FileDrop(_folder);

        var report = await files.SyncAsync();

        Assert.Equal(20, report.RowsFor(ErpEntity.Items));
        Assert.Equal(0, report.RowsFor(ErpEntity.Stock));
    }

    [Fact]
    public async Task A_commitment_is_written_once_as_a_whole_file_named_by_its_key()
    {
        using var files = Bridge.FileDrop(_folder, Path.Combine(_folder, "out"));
        var commitment = Commitments.Sample("SO-000007");

        await files.Gateway.PushAsync(commitment, "key-7", CancellationToken.None);
        await files.Gateway.PushAsync(commitment with { CustomerNumber = "CHANGED" }, "key-7", CancellationToken.None);

        var written = Assert.Single(Directory.GetFiles(Path.Combine(_folder, "out")));
        Assert.EndsWith("sales-order-key-7.csv", written);
        Assert.Equal(
        [
            Header,
            "create,SO-000007,C-1001,2027-03-15,1,A-100,P1,12,False,8,2027-03-11,2027-03-12,2027-03-15,PO-4711,EUR,577.97,5",
            "create,SO-000007,C-1001,2027-03-15,1,A-100,P1,12,False,4,2027-03-18,2027-03-19,2027-03-22,PO-4711,EUR,577.97,5",
        ], await File.ReadAllLinesAsync(written));
    }

    [Fact]
    public async Task A_changed_or_cancelled_commitment_is_its_own_file_and_names_what_happened()
    {
        using var files = Bridge.FileDrop(_folder, Path.Combine(_folder, "out"));
        var commitment = Commitments.Sample("SO-000007");

        await files.Gateway.ChangeAsync(commitment, "change-1", CancellationToken.None);
        await files.Gateway.ChangeAsync(commitment with { Cancelled = true }, "change-2", CancellationToken.None);

        var changed = await File.ReadAllLinesAsync(Path.Combine(_folder, "out", "sales-order-change-change-1.csv"));
        var cancelled = await File.ReadAllLinesAsync(Path.Combine(_folder, "out", "sales-order-change-change-2.csv"));
        Assert.Equal(Header, changed[0]);
        Assert.All(changed.Skip(1), l => Assert.StartsWith("change,SO-000007,", l));
        Assert.All(cancelled.Skip(1), l => Assert.Matches("^cancel,SO-000007,.*,True,", l));
    }

    private const string Header =
        "action,externalReference,customerNumber,requestedDeliveryDate,lineNumber,itemNumber,plant,quantity,cancelled,confirmedQuantity,materialAvailabilityDate,shipDate,deliveryDate,customerReference,currency,unitPrice,discountPercent";

    /// <summary>Everything the sync stored, as text, to compare two syncs field by field.</summary>
    private static string Snapshot(RecordingStore store) => JsonSerializer.Serialize(new
    {
        Products = store.Products.OrderBy(p => p.Key).Select(p => p.Value),
        Customers = store.Customers.OrderBy(c => c.Key).Select(c => c.Value),
        Stock = store.Stock.OrderBy(s => s.Key).Select(s => s.Value),
        Production = store.ProductionOrders.OrderBy(p => p.Key).Select(p => p.Value),
        Purchases = store.PurchaseOrderLines.OrderBy(p => p.Key).Select(p => p.Value),
        Calendars = store.Calendars.OrderBy(c => c.Key).Select(c => new { c.Value.Plant, c.Value.WeekendDays, c.Value.Holidays, c.Value.PickPackDays }),
    });

    [Fact]
    public async Task A_value_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        using var files = Bridge.FileDrop(_folder, Path.Combine(_folder, "out"));
        var commitment = Commitments.Sample("SO-000008") with { CustomerNumber = "=HYPERLINK(\"http://evil.example\")" };

        await files.Gateway.PushAsync(commitment, "key-8", CancellationToken.None);

        var row = (await File.ReadAllLinesAsync(Assert.Single(Directory.GetFiles(Path.Combine(_folder, "out")))))[1];
        Assert.DoesNotContain(",=HYPERLINK", row);
        Assert.Contains("'=HYPERLINK", row);
    }
}
