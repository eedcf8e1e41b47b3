using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>What the ERP deletes: an item or a customer can no longer be sold to, while the orders that have them stay;
/// a deleted stock record stops counting as supply at once.</summary>
public sealed class ErpDeletionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_deleted_item_or_customer_takes_no_new_business_and_the_orders_that_have_them_stay()
    {
        await ErpHoldsAsync(Dataset([Item("A"), Item("B")], customers: [Customer("C-1"), Customer("C-2")], stock: [Stock("A", 10), Stock("B", 10)]));
        using var rep = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var sold = await ConfirmedOrderForAsync(rep, "C-2", null, ("B", 3));
        var draft = await rep.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-1", null, null, false, [new("A", 2)]), HttpStatusCode.Created);

        await Fixture.Erp.DeleteAsync("items/A");
        await Fixture.Erp.DeleteAsync("customers/C-2");
        var sync = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal((1, 1), (sync.Entities.Single(e => e.Entity == "Items").Rows, sync.Entities.Single(e => e.Entity == "Customers").Rows));
        Assert.Equal(["B"], (await rep.GetAsync<PagedResult<ProductSummary>>("/api/products")).Items.Select(p => p.ItemNumber));
        Assert.Equal(["C-1"], (await rep.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items.Select(c => c.CustomerNumber));
        await AssertRefusedAsync(rep.PostAsJsonAsync("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("A", 1)]), Http.Json),
            "lines[0].itemNumber", "Item A was deleted in the ERP and can no longer be sold.");
        await AssertRefusedAsync(rep.PostAsJsonAsync("/api/orders", new AvailabilityRequest("C-2", null, null, false, [new("B", 1)]), Http.Json),
            "customerNumber", "Customer C-2 was deleted in the ERP; nothing new can be sold to it.");
        await AssertRefusedAsync(rep.PostAsync($"/api/orders/{draft.Id}/confirm", null),
            "lines[0].itemNumber", "Item A was deleted in the ERP and can no longer be sold.");

        // What was sold stays sold, and can still be changed.
        var order = await rep.GetAsync<OrderResponse>($"/api/orders/{sold.Id}");
        Assert.Equal(3m, order.Lines.Single().ScheduleLines.Sum(s => s.Quantity));
        (await rep.PostAsJsonAsync($"/api/orders/{sold.Id}/lines/1/quantity", new QuantityChangeRequest(2, "customer needs fewer"), Http.Json)).EnsureSuccessStatusCode();
        Assert.Equal("Draft", (await rep.GetAsync<OrderResponse>($"/api/orders/{draft.Id}")).Status);
    }

    [Fact]
    public async Task A_deleted_stock_record_stops_counting_and_the_order_it_covered_moves()
    {
        await ErpHoldsAsync(Dataset([Item("A", rltDays: 20)], stock: [Stock("A", 10)]));
        using var rep = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var order = await ConfirmedOrderAsync(rep, null, ("A", 4));
        Assert.Equal(March(1), order.Lines.Single().ScheduleLines.Single().MaterialAvailabilityDate);

        await Fixture.Erp.DeleteAsync("stock/A/P1");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        var check = await rep.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("A", 1)]));
        Assert.All(check.Lines.Single().ScheduleLines, s => Assert.True(s.MaterialAvailabilityDate > March(1)));
        var moved = await Http.EventuallyAsync(() => rep.GetAsync<OrderResponse>($"/api/orders/{order.Id}"),
            o => o.Lines.Single().ScheduleLines.All(s => s.MaterialAvailabilityDate > March(1)), "the order moves to the replenishment lead time");
        Assert.Equal(4m, moved.Lines.Single().ScheduleLines.Sum(s => s.Quantity));
    }

    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> call, string field, string reason)
    {
        using var response = await call;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(Http.Json);
        Assert.Equal([reason], problem!.Errors[field]);
    }
}
