using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The ERP's sales-order feed comes back into the CRM: an order someone cancels in the ERP is cancelled here
/// too, and what it held goes to the next order in line.</summary>
public sealed class ErpOrderStatusTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_order_cancelled_in_the_ERP_is_cancelled_here_and_its_stock_goes_to_the_order_waiting_for_it()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 20)], stock: [Stock("A", 10)]));
        using var rep = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var first = await ConfirmedOrderAsync(rep, null, ("A", 10));
        var second = await ConfirmedOrderAsync(rep, null, ("A", 5));
        var released = await Http.EventuallyAsync(() => rep.GetAsync<OrderResponse>($"/api/orders/{first.Id}"), o => o.ErpOrderNumber is not null, "the ERP takes the first order");
        var waiting = second.Lines.Single().ScheduleLines.Single().MaterialAvailabilityDate;
        Assert.True(waiting > March(1), "the second order waits for the replenishment lead time");

        await Fixture.Erp.CancelSalesOrderAsync(released.ErpOrderNumber!);
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.True(sync.Entities.Single(e => e.Entity == "SalesOrders").Rows >= 1);
        var cancelled = await rep.GetAsync<OrderResponse>($"/api/orders/{first.Id}");
        Assert.Equal("Cancelled", cancelled.Status);
        Assert.Empty(cancelled.Lines.Single().ScheduleLines);
        var history = await rep.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{first.Id}/promise-changes");
        Assert.Contains(history, c => (c.Kind, c.Reason, c.ChangedBy) == ("OrderCancelled", "Cancelled in the ERP", "erp"));
        var pulled = await Http.EventuallyAsync(() => rep.GetAsync<OrderResponse>($"/api/orders/{second.Id}"),
            o => o.Lines.Single().ScheduleLines.All(s => s.MaterialAvailabilityDate == March(1)), "the waiting order gets the freed stock");
        Assert.Equal(5m, pulled.Lines.Single().ScheduleLines.Sum(s => s.Quantity));
        // The ERP made the cancellation; the CRM sends nothing back about that order.
        var erpOrder = (await Fixture.Erp.SalesOrdersAsync()).Single(o => o.Order.ExternalReference == first.Number);
        Assert.All(erpOrder.Changes, key => Assert.StartsWith("erp-user-", key));
    }
}
