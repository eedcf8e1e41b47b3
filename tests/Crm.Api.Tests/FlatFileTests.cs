using System.Net.Http.Json;
using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>A manufacturer whose ERP only exchanges files: exports in, commitments out, acknowledgements back. Each
/// story runs a node of its own in flat-file mode on a database of its own (the suite's nodes share a job queue).</summary>
public sealed class FlatFileTests(ApiFixture fixture) : ApiTest(fixture), IAsyncLifetime
{
    private const string ItemsHeader =
        "itemNumber,description,baseUnit,unitPrice,currency,procurementType,inHouseProductionDays,plannedDeliveryDays,safetyStock,plant,lastChangeDateTime";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"b2bcrm-files-{Guid.NewGuid():N}")).FullName;
    private CrmApp _node = null!;

    private string Inbound => Path.Combine(_folder, "inbound");
    private string Outbound => Path.Combine(_folder, "outbound");
    private string Acknowledgements => Path.Combine(_folder, "ack");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var database = $"crm_files_{Guid.NewGuid():N}";
        await Fixture.Postgres.CreateDatabaseAsync(database);
        Directory.CreateDirectory(Inbound);
        Export("customers.csv",
            "customerNumber,name,street,city,postalCode,country,email,phone,customerGroup,creditLimit,currency,transitDays,lastChangeDateTime",
            "C-1,Nordwerk,,,,DE,,,A,100000,EUR,0,2027-02-26T18:00:00Z");
        Export("stock.csv", "itemNumber,plant,unrestrictedQuantity,lastChangeDateTime",
            "I-1,P1,50,2027-02-26T18:00:00Z", "I-2,P1,50,2027-02-26T18:00:00Z", "I-3,P1,50,2027-02-26T18:00:00Z");
        _node = Fixture.NewApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = Fixture.Postgres.ConnectionString(database),
            ["Erp:Mode"] = "FileDrop",
            ["Erp:InboundFolder"] = Inbound,
            ["Erp:OutboundFolder"] = Outbound,
            ["Erp:AcknowledgementFolder"] = Acknowledgements,
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Bad_rows_of_an_export_are_reported_by_file_and_line_and_the_good_rows_are_sold()
    {
        using var admin = await SignedInAsync("admin", _node);
        Export("items.csv", ItemsHeader, Item("I-1", "10", minute: 1), Item("I-2", "ten", minute: 2), Item("I-3", "12", minute: 3));

        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal((2, 1, (string?)null), Counts(sync, "Items"));
        var rejected = await admin.GetAsync<PagedResult<RejectionResponse>>("/api/erp/rejections?entity=items");
        var row = Assert.Single(rejected.Items);
        Assert.Equal(("Items", "items.csv", (long?)3, "I-2", "unitPrice", "'ten' is not a number."), (row.Entity, row.Source, row.Line, row.Key, row.Field, row.Reason));
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.Equal(("Ok", 1), status.Entities.Where(e => e.Entity == "Items").Select(e => (e.State, e.Rejected)).Single());
        using var sales = await SignedInAsync("sales", _node);
        Assert.Equal(["I-1", "I-3"], (await sales.GetAsync<PagedResult<ProductSummary>>("/api/products")).Items.Select(p => p.ItemNumber));

        // The ERP fixes the price and exports the item again: it is taken, and leaves the report.
        Export("items.csv", ItemsHeader, Item("I-1", "10", minute: 1), Item("I-2", "11", minute: 9), Item("I-3", "12", minute: 3));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Empty((await admin.GetAsync<PagedResult<RejectionResponse>>("/api/erp/rejections")).Items);
        Assert.Equal(3, (await sales.GetAsync<PagedResult<ProductSummary>>("/api/products")).Total);
        var confirmed = await ConfirmedOrderAsync(sales, March(10), ("I-2", 5));
        Assert.Equal("Confirmed", confirmed.Status);
    }

    [Fact]
    public async Task An_export_missing_a_column_changes_nothing_stored_and_says_which_column()
    {
        Export("items.csv", ItemsHeader, Item("I-1", "10", minute: 1));
        using var admin = await SignedInAsync("admin", _node);
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Export("items.csv", ItemsHeader.Replace(",unitPrice", ""), "I-1,Pump renamed,PC,EUR,Make,2,0,0,P1,2027-02-26T19:00:00Z");
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        const string error = "items.csv line 1: unitPrice column is missing, so no row of the file was read.";
        Assert.Equal((0, 0, error), Counts(sync, "Items"));
        var items = (await admin.GetAsync<ErpStatusResponse>("/api/erp/status")).Entities.Single(e => e.Entity == "Items");
        Assert.Equal(("Failing", error), (items.State, items.LastError));
        using var sales = await SignedInAsync("sales", _node);
        Assert.Equal("Pump I-1", (await sales.GetAsync<PagedResult<ProductSummary>>("/api/products")).Items.Single().Description);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/erp/rejections?entity=parts")).StatusCode);
    }

    [Fact]
    public async Task The_ERPs_acknowledgement_gives_an_order_its_ERP_number_and_a_rejection_becomes_a_dead_letter()
    {
        Export("items.csv", ItemsHeader, Item("I-1", "10", minute: 1));
        using var admin = await SignedInAsync("admin", _node);
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var sales = await SignedInAsync("sales", _node);
        var taken = await ConfirmedOrderAsync(sales, March(10), ("I-1", 5));
        var refused = await ConfirmedOrderAsync(sales, March(10), ("I-1", 7));
        var files = await Http.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(Outbound) ? Directory.GetFiles(Outbound, "*.csv") : []), f => f.Length == 2, "both commitment files are written");
        string FileOf(string number) => Path.GetFileName(files.Single(f => File.ReadAllText(f).Contains($",{number},")));

        Directory.CreateDirectory(Acknowledgements);
        await File.WriteAllLinesAsync(Path.Combine(Acknowledgements, "ack-0001.csv"),
        [
            "file,status,salesOrderNumber,message",
            $"{FileOf(taken.Number)},accepted,4711,",
            $"{FileOf(refused.Number)},rejected,,Customer C-1 is blocked for deliveries",
            "sales-order-00000000000000000000000000000000.csv,accepted,4712,",
        ]);
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal((3, 1, (string?)null), Counts(sync, "Acknowledgements"));
        Assert.Equal(("Released", "4711"), await OrderAsync(sales, taken.Id));
        var letter = Assert.Single(await admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"));
        Assert.Equal((refused.Number, "The ERP rejected it: Customer C-1 is blocked for deliveries"), (letter.SalesOrderNumber, letter.LastError));
        var unknown = Assert.Single((await admin.GetAsync<PagedResult<RejectionResponse>>("/api/erp/rejections?entity=Acknowledgements")).Items);
        Assert.Equal(("ack-0001.csv", (long?)4, "file", "answers no commitment the CRM sent."), (unknown.Source, unknown.Line, unknown.Field, unknown.Reason));
        Assert.True(File.Exists(Path.Combine(Acknowledgements, "processed", "ack-0001.csv")));
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.Equal(1, status.Outbox.DeadLetters);
        Assert.Equal("Ok", status.Entities.Single(e => e.Entity == "Acknowledgements").State);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_line_set_to_what_shipped_has_nothing_open_and_the_order_is_shipped_whichever_comes_first(bool deliveryFirst)
    {
        // Worked case 6: 150 of D-120 with 250 on hand, 100 shipped, the line set to 100.
        Export("items.csv", ItemsHeader, "D-120,Gear D-120,PC,10,EUR,Buy,0,0,0,P1,2027-02-26T18:00:00Z");
        Export("stock.csv", "itemNumber,plant,unrestrictedQuantity,lastChangeDateTime", "D-120,P1,250,2027-02-26T18:00:00Z");
        using var admin = await SignedInAsync("admin", _node);
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var desk = await SignedInAsync("orderdesk", _node);
        var order = await ConfirmedOrderAsync(desk, null, ("D-120", 150));

        async Task ShipAsync()
        {
            Export("deliveries.csv", "deliveryNumber,salesOrderNumber,externalReference,lineNumber,itemNumber,quantity,shipDate,trackingNumber,lastChangeDateTime",
                $"80001,4711,{order.Number},1,D-120,100,2027-03-01,TRK-1,2027-03-01T10:00:00Z");
            await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        }
        Task CutAsync() => desk.PostAsync<OrderResponse>($"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(100, "Customer takes what shipped"));
        if (deliveryFirst) await ShipAsync();
        await CutAsync();
        if (!deliveryFirst) await ShipAsync();

        var shipped = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        var line = shipped.Lines.Single();
        Assert.Equal(("Shipped", 100m, 100m), (shipped.Status, line.Quantity, line.ShippedQuantity));
        Assert.Empty(line.ScheduleLines);
        // The export still holds 250: none of it is promised to anyone now.
        var check = await desk.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("D-120", 250)]));
        Assert.Equal(250m, check.Lines.Single().ConfirmedQuantity);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await desk.PostAsJsonAsync($"/api/orders/{order.Id}/cancel", new CancelRequest("too late"))).StatusCode);
    }

    private static (int Rows, int Rejected, string? Error) Counts(SyncResponse sync, string entity) =>
        sync.Entities.Where(e => e.Entity == entity).Select(e => (e.Rows, e.Rejected, e.Error)).Single();

    private static async Task<(string Status, string? ErpNumber)> OrderAsync(HttpClient client, long id)
    {
        var order = await client.GetAsync<OrderResponse>($"/api/orders/{id}");
        return (order.Status, order.ErpOrderNumber);
    }

    private static string Item(string number, string price, int minute) =>
        $"{number},Pump {number},PC,{price},EUR,Make,2,0,0,P1,2027-02-26T18:{minute:D2}:00Z";

    private void Export(string file, params string[] lines) => File.WriteAllLines(Path.Combine(Inbound, file), lines);
}
