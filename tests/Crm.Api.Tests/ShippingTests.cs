using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>What the ERP ships and invoices comes back onto the order, and shipped goods stop counting twice.</summary>
public sealed class ShippingTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_order_shipped_in_two_parts_goes_partially_shipped_shipped_and_invoiced_and_shows_what_left_and_when()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 60, price: 10m)], stock: [Stock("A", 10)], production: [Production("P-1", "A", 20, March(10))]));
        using var rep = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var order = await ConfirmedOrderAsync(rep, null, ("A", 25));
        await Http.EventuallyAsync(() => rep.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the ERP takes the order");

        // The stock part leaves first; the ERP's stock drops by as much.
        await Fixture.Erp.AdvanceClockAsync(March(5));
        var firstSync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var partly = await rep.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        var check = await rep.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("A", 5)]));

        Assert.Equal((1, 1), (firstSync.Entities.Single(e => e.Entity == "Deliveries").Rows, firstSync.Entities.Single(e => e.Entity == "Stock").Rows));
        Assert.Equal("PartiallyShipped", partly.Status);
        var line = partly.Lines.Single();
        Assert.Equal((10m, 15m), (line.ShippedQuantity, line.ScheduleLines.Sum(s => s.Quantity)));
        var delivery = Assert.Single(partly.Deliveries!);
        Assert.Equal((1, "A", 10m, March(1)), (delivery.LineNumber, delivery.ItemNumber, delivery.Quantity, delivery.ShipDate));
        Assert.False(string.IsNullOrEmpty(delivery.TrackingNumber));
        // Stock 0, the production order's 20 minus the 15 still promised: 5 on 10 March, neither freed nor held twice.
        Assert.Equal([(5m, March(10))], check.Lines.Single().ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));

        await Fixture.Erp.AdvanceClockAsync(March(20));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var invoiced = await rep.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        await Fixture.Erp.AdvanceClockAsync(new DateOnly(2027, 4, 5));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var paid = await rep.GetAsync<OrderResponse>($"/api/orders/{order.Id}");

        Assert.Equal(("Invoiced", 25m, 2), (invoiced.Status, invoiced.Lines.Single().ShippedQuantity, invoiced.Deliveries!.Count));
        Assert.Empty(invoiced.Lines.Single().ScheduleLines);
        var invoice = Assert.Single(invoiced.Invoices!);
        Assert.Equal((250m, "EUR", March(20).AddDays(30), false), (invoice.Amount, invoice.Currency, invoice.DueDate, invoice.Paid));
        Assert.True(Assert.Single(paid.Invoices!).Paid);
    }

    [Fact]
    public async Task A_line_cut_to_what_the_ERP_shipped_leaves_nothing_open_and_the_order_shipped()
    {
        // Worked case 6 through the REST ERP: the stock part ships when the ERP's clock moves on.
        await ErpHoldsAsync(Dataset([Item("D-120")], stock: [Stock("D-120", 100)], production: [Production("P-1", "D-120", 50, March(10))]));
        using var desk = await SignedInAsync("orderdesk");
        using var admin = await SignedInAsync("admin");
        var order = await ConfirmedOrderAsync(desk, null, ("D-120", 150));
        await Http.EventuallyAsync(() => desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the ERP takes the order");
        await Fixture.Erp.AdvanceClockAsync(March(5));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        var cut = await desk.PostAsync<OrderResponse>($"/api/orders/{order.Id}/lines/1/quantity", new QuantityChangeRequest(100, "Customer takes what shipped"));
        var check = await desk.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("D-120", 50)]));

        Assert.Equal(("Shipped", 100m), (cut.Status, cut.Lines.Single().ShippedQuantity));
        Assert.Empty(cut.Lines.Single().ScheduleLines);
        // What the production order brings is nobody's now.
        Assert.Equal([(50m, March(10))], check.Lines.Single().ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate)));
        // The cut is recorded once and leaves nothing promised. What it gave up is the production order's 50, unless
        // backorder processing weighed the line between the sync's stock and its deliveries (the stock had gone, the
        // shipment not yet recorded) and the shipment then used up what was left.
        var change = (await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes")).Single(c => c.Kind == "QuantityChanged");
        Assert.Equal(0m, change.After.Sum(p => p.Quantity));
        Assert.Contains(change.Before.Sum(p => p.Quantity), new[] { 0m, 50m });
    }
}
