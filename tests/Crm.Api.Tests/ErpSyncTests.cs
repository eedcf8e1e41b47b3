using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

public sealed class ErpSyncTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly DateTimeOffset Friday = new(2027, 2, 26, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_sync_brings_every_entity_in_and_the_next_one_only_what_changed()
    {
        var customers = new[] { Customer("C-1"), Customer("C-2"), Customer("C-3") }
            .Select((c, i) => c with { LastChangeDateTime = Friday.AddMinutes(i) }).ToArray();
        var dataset = Dataset(
            [Item("A") with { LastChangeDateTime = Friday }, Item("B") with { LastChangeDateTime = Friday.AddMinutes(1) }], customers,
            [Stock("A", 5)], [Purchase("4500", "A", 10, March(9))], [Production("1000", "B", 20, March(12))]);
        await Fixture.Erp.LoadAsync(dataset, Today);
        using var admin = await SignedInAsync("admin");

        var first = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        customers[1] = customers[1] with { Name = "Baltic Pumps AB (renamed)", LastChangeDateTime = Friday.AddHours(1) };
        await Fixture.Erp.LoadAsync(dataset with { Customers = [.. customers] }, Today);
        var second = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal(
            [("Items", 2), ("Customers", 3), ("Stock", 1), ("ProductionOrders", 1), ("PurchaseOrderLines", 1), ("Calendars", 1), ("Deliveries", 0), ("Invoices", 0), ("SalesOrders", 0)],
            first.Entities.Select(e => (e.Entity, e.Rows)));
        // The cursor's key tells where the last run stopped, so its newest records are not taken again: only the
        // renamed customer is.
        Assert.Equal((0, 1), (second.Entities.Single(e => e.Entity == "Items").Rows, second.Entities.Single(e => e.Entity == "Customers").Rows));
        var stored = await admin.GetAsync<PagedResult<CustomerSummary>>("/api/customers?search=C-2");
        Assert.Equal("Baltic Pumps AB (renamed)", stored.Items.Single().Name);

        var full = await admin.PostAsync<SyncResponse>("/api/erp/sync?full=true", null);
        Assert.Equal(first.Entities.Select(e => (e.Entity, e.Rows)), full.Entities.Select(e => (e.Entity, e.Rows)));
    }

    [Fact]
    public async Task The_status_shows_each_entity_s_last_run_and_an_ERP_outage_degrades_it_without_stopping_ATP_checks()
    {
        await ErpHoldsAsync(Dataset(
            [Item("A") with { LastChangeDateTime = Friday }, Item("B") with { LastChangeDateTime = Friday }], stock: [Stock("A", 5)]));
        using var admin = await SignedInAsync("admin");
        using var sales = await SignedInAsync("sales");

        var healthy = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        await Fixture.Erp.FailAsync(1);
        var refused = await admin.PostAsync("/api/erp/sync", null);
        var outage = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        var check = await sales.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("A", 3)]));

        Assert.False(healthy.Degraded);
        Assert.All(healthy.Entities, e => Assert.Equal("Ok", e.State));
        var items = healthy.Entities.Single(e => e.Entity == "Items");
        Assert.Equal((2, Friday, "B"), (items.RowsLastRun, items.CursorChangedAt, items.CursorKey));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(outage.Degraded);
        var failing = outage.Entities.Single(e => e.Entity == "Items");
        Assert.Equal(("Failing", items.LastSuccessAt, items.CursorKey), (failing.State, failing.LastSuccessAt, failing.CursorKey));
        Assert.Contains("503", failing.LastError, StringComparison.Ordinal);
        Assert.Equal(3, check.Lines.Single().ConfirmedQuantity);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/api/erp/status")).StatusCode);
    }

    [Fact]
    public async Task A_production_order_the_planner_cancels_in_the_ERP_stops_counting_as_supply_at_the_next_sync()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 60)], stock: [Stock("A", 5)], production: [Production("P-1", "A", 20, March(10))]));
        using var rep = await SignedInAsync("sales");
        var order = await ConfirmedOrderAsync(rep, null, ("A", 15));

        await Fixture.Erp.ChangeProductionOrderAsync("P-1", new ProductionOrderChange(null, null, "Cancelled"));
        using var admin = await SignedInAsync("admin");
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var check = await rep.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("A", 5)]));

        // Only the one changed production order came over, and the promise it covered is no longer kept.
        Assert.Equal(1, sync.Entities.Single(e => e.Entity == "ProductionOrders").Rows);
        // Nothing is left before the replenishment lead time: the stock is the order's.
        Assert.True(check.Lines.Single().ScheduleLines.All(l => l.DeliveryDate >= Today.AddDays(60)), "only beyond the lead time");
        var atRisk = Assert.Single((await rep.GetAsync<PagedResult<AtRiskLineResponse>>("/api/promises/at-risk")).Items);
        Assert.Equal((order.Number, March(10)), (atRisk.OrderNumber, atRisk.PreviousDeliveryDate));
        Assert.True(atRisk.PromisedDeliveryDate >= Today.AddDays(60), $"moved to {atRisk.PromisedDeliveryDate}, beyond the lead time");
    }

    [Fact]
    public async Task Records_stamped_more_finely_than_the_database_keeps_time_are_not_read_again_by_the_next_sync()
    {
        // 100 ns past the microsecond: PostgreSQL keeps microseconds, an ERP may stamp ticks.
        var instant = Friday.AddTicks(7);
        await ErpHoldsAsync(Dataset([.. Enumerable.Range(1, 30).Select(n => Item($"I-{n:D2}") with { LastChangeDateTime = instant })]));
        using var admin = await SignedInAsync("admin");

        var again = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal(0, again.Entities.Single(e => e.Entity == "Items").Rows);
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.Equal(("I-30", instant), (status.Entities.Single(e => e.Entity == "Items").CursorKey, status.Entities.Single(e => e.Entity == "Items").CursorChangedAt));
    }

    [Fact]
    public async Task A_purchase_order_line_the_ERP_deletes_stops_counting_and_the_promise_it_covered_moves()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 60)], purchases: [Purchase("4500", "A", 10, March(9))]));
        using var rep = await SignedInAsync("sales");
        var order = await ConfirmedOrderAsync(rep, null, ("A", 6));

        await Fixture.Erp.DeletePurchaseOrderLineAsync("4500", 10);
        using var admin = await SignedInAsync("admin");
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal(1, sync.Entities.Single(e => e.Entity == "PurchaseOrderLines").Rows);
        var atRisk = Assert.Single((await rep.GetAsync<PagedResult<AtRiskLineResponse>>("/api/promises/at-risk")).Items);
        Assert.Equal((order.Number, March(9)), (atRisk.OrderNumber, atRisk.PreviousDeliveryDate));
        Assert.True(atRisk.PromisedDeliveryDate >= Today.AddDays(60), $"moved to {atRisk.PromisedDeliveryDate}, beyond the lead time");
    }
}
