using ErpBridge.Sync;

namespace ErpBridge.Tests;

/// <summary>An ERP that exports files makes mistakes a row at a time: the good rows go in, each bad one is reported
/// where a person can find it (file, line, column, reason), and no row is half taken.</summary>
public sealed class FlatFileErrorTests : IDisposable
{
    private const string ItemsHeader =
        "itemNumber,description,baseUnit,unitPrice,currency,procurementType,inHouseProductionDays,plannedDeliveryDays,safetyStock,plant,lastChangeDateTime";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"b2bcrm-rows-{Guid.NewGuid():N}")).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Good_rows_are_taken_and_each_bad_row_is_reported_with_its_file_line_column_and_reason()
    {
        Export("items.csv",
            ItemsHeader,
            Item("I-1", "10.50", "Make"),
            Item("I-2", "ten", "Make"),
            Item("I-3", "12", "Borrow"),
            "I-4,Truncated row,PC,12",
            Item("I-5", "-3", "Buy"),
            Item("I-6", "14", "Buy"));
        using var bridge = Bridge.FileDrop(_folder);

        var report = await bridge.SyncAsync();

        Assert.Equal(["I-1", "I-6"], bridge.Store.Products.Keys.Order());
        Assert.Equal(10.50m, bridge.Store.Products["I-1"].UnitPrice);
        Assert.Equal(
        [
            ("items.csv", 3L, "I-2", "unitPrice", "'ten' is not a number."),
            ("items.csv", 4L, "I-3", "procurementType", "'Borrow' is not one of Make, Buy."),
            ("items.csv", 5L, "I-4", "currency", "is missing: the row has 4 fields and the header 11."),
            ("items.csv", 6L, "I-5", "unitPrice", "cannot be negative."),
        ], bridge.Store.Rejected.OrderBy(r => r.Line).Select(r => (r.Source, r.Line!.Value, r.Key, r.Field, r.Reason)));
        var items = report.Entities.Single(e => e.Entity == ErpEntity.Items);
        Assert.Equal((4, (string?)null), (items.Rejected, items.Error));
    }

    [Fact]
    public async Task A_rejected_row_leaves_the_report_once_the_ERP_exports_it_fixed()
    {
        Export("items.csv", ItemsHeader, Item("I-1", "10", "Make"), Item("I-2", "ten", "Make", minute: 2));
        using var bridge = Bridge.FileDrop(_folder);
        await bridge.SyncAsync();
        Assert.Equal("I-2", Assert.Single(bridge.Store.Rejected).Key);

        Export("items.csv", ItemsHeader, Item("I-1", "10", "Make"), Item("I-2", "11", "Make", minute: 5));
        await bridge.SyncAsync();

        Assert.Empty(bridge.Store.Rejected);
        Assert.Equal(11m, bridge.Store.Products["I-2"].UnitPrice);
    }

    [Fact]
    public async Task A_row_too_broken_to_name_its_record_leaves_the_report_once_an_export_no_longer_has_it()
    {
        Export("items.csv", ItemsHeader, Item("I-1", "10", "Make"), Item("", "ten", "Make"));
        using var bridge = Bridge.FileDrop(_folder);
        await bridge.SyncAsync();
        Assert.Equal(("", 3L), (Assert.Single(bridge.Store.Rejected).Key, bridge.Store.Rejected[0].Line!.Value));

        Export("items.csv", ItemsHeader, Item("I-1", "10", "Make"));
        await bridge.SyncAsync();

        Assert.Empty(bridge.Store.Rejected);
    }

    [Fact]
    public async Task An_export_missing_a_column_is_not_read_at_all_and_the_other_exports_still_are()
    {
        Export("items.csv", ItemsHeader.Replace(",unitPrice", ""), "I-1,Pump,PC,EUR,Make,0,0,0,P1,2027-02-26T18:00:00Z");
        Export("customers.csv",
            "customerNumber,name,street,city,postalCode,country,email,phone,customerGroup,creditLimit,currency,transitDays,lastChangeDateTime",
            "C-1,Nordwerk,,,,DE,,,A,1000,EUR,3,2027-02-26T18:00:00Z");
        using var bridge = Bridge.FileDrop(_folder);

        var report = await bridge.SyncAsync();

        Assert.Empty(bridge.Store.Products);
        Assert.Equal(["C-1"], bridge.Store.Customers.Keys);
        var items = report.Entities.Single(e => e.Entity == ErpEntity.Items);
        Assert.Equal("items.csv line 1: unitPrice column is missing, so no row of the file was read.", items.Error);
        Assert.Equal(items.Error, bridge.Store.Runs.Single(r => r.Entity == ErpEntity.Items).Run.Error);
        Assert.Null(bridge.Store.Runs.Single(r => r.Entity == ErpEntity.Customers).Run.Error);
    }

    [Fact]
    public async Task A_calendar_with_a_day_that_is_not_a_number_is_reported_and_the_other_plants_are_taken()
    {
        Export("items.csv", ItemsHeader, Item("I-1", "10", "Make"), Item("I-2", "10", "Make", plant: "P2"));
        Export("calendars.csv", "plant,weekendDays,holidays,pickPackDays,lastChangeDateTime",
            "P1,0;6,2027-12-25,1,2027-02-26T18:00:00Z",
            "P2,0;sat,2027-12-25,1,2027-02-26T18:00:00Z");
        using var bridge = Bridge.FileDrop(_folder);

        await bridge.SyncAsync();

        Assert.Equal(["P1"], bridge.Store.Calendars.Keys);
        var rejected = Assert.Single(bridge.Store.Rejected);
        Assert.Equal(("calendars.csv", (long?)3, "P2", "weekendDays", "'sat' is not a day number (0 = Sunday to 6 = Saturday)."),
            (rejected.Source, rejected.Line, rejected.Key, rejected.Field, rejected.Reason));
    }

    [Fact]
    public async Task A_shipment_booked_while_a_sync_runs_reaches_the_CRM_after_the_stock_it_left_never_before()
    {
        const string deliveriesHeader = "deliveryNumber,salesOrderNumber,externalReference,lineNumber,itemNumber,quantity,shipDate,trackingNumber,lastChangeDateTime";
        Export("stock.csv", "itemNumber,plant,unrestrictedQuantity,lastChangeDateTime", "I-1,P1,10,2027-02-26T18:00:00Z");
        Export("deliveries.csv", deliveriesHeader);
        using var bridge = Bridge.FileDrop(_folder);
        // The ERP ships 4 of I-1 just after the CRM read its stock: stock 6, one more delivery.
        bridge.Store.AfterStore = type =>
        {
            if (type != typeof(Crm.Domain.Supply.StockLevel)) return;
            bridge.Store.AfterStore = null;
            Export("stock.csv", "itemNumber,plant,unrestrictedQuantity,lastChangeDateTime", "I-1,P1,6,2027-02-26T19:00:00Z");
            Export("deliveries.csv", deliveriesHeader, "D-1,ERP-1,SO-000001,1,I-1,4,2027-02-26,1Z1,2027-02-26T19:00:00Z");
        };

        await bridge.SyncAsync();
        var (stockFirst, deliveriesFirst) = (bridge.Store.Stock[("I-1", "P1")].Quantity, bridge.Store.Deliveries.Count);
        await bridge.SyncAsync();

        // The first run saw the 10 in stock and not yet the shipment: the 4 still count as demand, not as free.
        Assert.Equal((10m, 0), (stockFirst, deliveriesFirst));
        Assert.Equal((6m, 1), (bridge.Store.Stock[("I-1", "P1")].Quantity, bridge.Store.Deliveries.Count));
    }

    private static string Item(string number, string price, string procurement, int minute = 0, string plant = "P1") =>
        $"{number},Pump {number},PC,{price},EUR,{procurement},2,0,0,{plant},2027-02-26T18:{minute:D2}:00Z";

    private void Export(string file, params string[] lines) => File.WriteAllLines(Path.Combine(_folder, file), lines);
}
