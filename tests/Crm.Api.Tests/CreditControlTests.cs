using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The credit check at confirmation: confirmed orders not yet invoiced, open invoices and this order against
/// the customer's credit limit. Over it, the order is promised but held, and the ERP hears of it only once released.</summary>
public sealed class CreditControlTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_order_over_the_credit_limit_is_promised_but_held_and_reaches_the_ERP_once_only_after_a_manager_releases_it()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1") with { CreditLimit = 10_000 }, Customer("C-2")], [Stock("PUMP", 30)]));
        using var sales = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        var first = await ConfirmedOrderAsync(sales, null, ("PUMP", 12));
        Assert.Equal("Confirmed", first.Status);

        var held = await ConfirmedOrderAsync(sales, null, ("PUMP", 10));

        Assert.Equal("CreditHold", held.Status);
        Assert.Equal("Open orders 6,000.00 + open invoices 0.00 + this order 5,000.00 = 11,000.00 EUR, over the credit limit of 10,000.00 EUR.",
            held.CreditHoldReason);
        // Promised all the same: its pumps are kept for the customer.
        Assert.Equal(10m, held.Lines.Single().ConfirmedQuantity);
        var check = await sales.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-2", null, null, false, [new("PUMP", 30)]));
        Assert.Equal(8m, check.Lines.Single().ScheduleLines.Where(s => s.MaterialAvailabilityDate == March(1)).Sum(s => s.Quantity));

        // An order confirmed after it reaches the ERP; the held one does not.
        var other = await ConfirmedOrderForAsync(sales, "C-2", null, ("PUMP", 1));
        await Http.EventuallyAsync(Fixture.Erp.SalesOrdersAsync, o => o.Count == 2, "the first and the other order reach the ERP");
        Assert.Equal([first.Number, other.Number], (await Fixture.Erp.SalesOrdersAsync()).Select(o => o.Order.ExternalReference).Order());

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync($"/api/orders/{held.Id}/release-credit-hold", new CreditReleaseRequest("mine"))).StatusCode);
        var released = await manager.PostAsync<OrderResponse>($"/api/orders/{held.Id}/release-credit-hold", new CreditReleaseRequest("Paid in advance"));
        Assert.Equal(("Confirmed", "manager@demo.b2bcrm"), (released.Status, released.CreditReleasedBy));

        var pushed = await Http.EventuallyAsync(Fixture.Erp.SalesOrdersAsync, o => o.Count == 3, "the released order reaches the ERP");
        Assert.Equal(1, pushed.Single(o => o.Order.ExternalReference == held.Number).Posts);
        await Http.EventuallyAsync(() => sales.GetAsync<OrderResponse>($"/api/orders/{held.Id}"), o => o.Status == "Released", "the ERP takes the released order");
        var again = await manager.PostAsync($"/api/orders/{held.Id}/release-credit-hold", JsonContent.Create(new CreditReleaseRequest(null)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var timeline = await sales.GetAsync<List<TimelineEntry>>($"/api/orders/{held.Id}/timeline");
        Assert.Equal(["Created", "Confirmed", "CreditHold", "CreditReleased", "SentToErp"], timeline.Select(e => e.Kind));
        Assert.Equal(("sales@demo.b2bcrm", "manager@demo.b2bcrm"), (timeline[0].By, timeline[3].By));
        Assert.True(timeline.Zip(timeline.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task Open_invoices_count_against_the_limit_and_a_held_order_cancelled_frees_its_goods_without_the_ERP_hearing_of_it()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 1000m)], [Customer("C-1") with { CreditLimit = 10_000 }], [Stock("PUMP", 20)]));
        using var desk = await SignedInAsync("orderdesk");
        using var admin = await SignedInAsync("admin");
        var invoicedOrder = await ConfirmedOrderAsync(desk, null, ("PUMP", 4));
        await Http.EventuallyAsync(() => desk.GetAsync<OrderResponse>($"/api/orders/{invoicedOrder.Id}"), o => o.Status == "Released", "the ERP takes the order");
        await Fixture.Erp.AdvanceClockAsync(March(2));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        Assert.Equal("Invoiced", (await desk.GetAsync<OrderResponse>($"/api/orders/{invoicedOrder.Id}")).Status);

        var held = await ConfirmedOrderAsync(desk, null, ("PUMP", 7));

        Assert.Equal("Open orders 0.00 + open invoices 4,000.00 + this order 7,000.00 = 11,000.00 EUR, over the credit limit of 10,000.00 EUR.",
            held.CreditHoldReason);
        await desk.PostAsync<OrderResponse>($"/api/orders/{held.Id}/cancel", new CancelRequest("Customer will pay first"));
        var check = await desk.PostAsync<AvailabilityResponse>("/api/atp/check", new AvailabilityRequest("C-1", null, null, false, [new("PUMP", 16)]));
        Assert.Equal(16m, check.Lines.Single().ConfirmedQuantity);
        var timeline = await desk.GetAsync<List<TimelineEntry>>($"/api/orders/{held.Id}/timeline");
        Assert.Equal(["Created", "Confirmed", "CreditHold", "PromiseChanged", "Cancelled"], timeline.Select(e => e.Kind));
        Assert.Equal("Cancelled: Customer will pay first", timeline[^1].Text);
        Assert.DoesNotContain(await Fixture.Erp.SalesOrdersAsync(), o => o.Order.ExternalReference == held.Number);

        var invoiced = await desk.GetAsync<List<TimelineEntry>>($"/api/orders/{invoicedOrder.Id}/timeline");
        Assert.Equal(["Created", "Confirmed", "SentToErp", "Delivered", "Invoiced"], invoiced.Select(e => e.Kind));
        Assert.Contains("tracking", invoiced[3].Text);
    }

    [Fact]
    public async Task The_ERP_invoices_at_the_orders_prices_and_hears_the_customers_purchase_order_number()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1")], [Stock("PUMP", 10)]));
        using var manager = await SignedInAsync("manager");
        await manager.PostAsync<PriceListResponse>("/api/price-lists",
            new PriceListRequest("Contract", "EUR", "C-1", null, March(1), null, [new("PUMP", 0, 450m)]), HttpStatusCode.Created);
        using var sales = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 4, DiscountPercent: 10)]), HttpStatusCode.Created);
        await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null);
        var order = await sales.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);
        await sales.PostAsync<OrderResponse>($"/api/orders/{order.Id}/purchase-order-number", new PurchaseOrderNumberRequest("PO-4711"));
        await sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{order.Id}/confirm", null);
        await Http.EventuallyAsync(() => sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the ERP takes the order");

        var erpOrder = (await Fixture.Erp.SalesOrdersAsync()).Single().Order;
        Assert.Equal(("PO-4711", "EUR"), (erpOrder.CustomerReference, erpOrder.Currency));
        Assert.Equal((450m, 10m), (erpOrder.Items.Single().UnitPrice, erpOrder.Items.Single().DiscountPercent));
        await Fixture.Erp.AdvanceClockAsync(March(2));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var invoice = Assert.Single((await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}")).Invoices!);
        Assert.Equal(1620m, invoice.Amount);
        var fixedPo = await sales.PostAsJsonAsync($"/api/orders/{order.Id}/purchase-order-number", new PurchaseOrderNumberRequest("PO-9"));
        Assert.Equal(HttpStatusCode.Conflict, fixedPo.StatusCode);
    }

    [Fact]
    public async Task A_customer_that_wants_its_purchase_order_number_gets_no_order_confirmed_without_it()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 10)]));
        using var sales = await SignedInAsync("sales");
        var settings = await sales.PutAsync<CustomerSummary>("/api/customers/C-1/order-settings", new OrderSettingsRequest(true));
        Assert.True(settings.RequiresPurchaseOrderNumber);
        var order = await sales.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-1", null, null, false, [new AvailabilityLineRequest("PUMP", 2)]), HttpStatusCode.Created);

        var refused = await (await sales.PostAsync($"/api/orders/{order.Id}/confirm", null)).FieldErrorsAsync();
        Assert.Equal("Customer C-1 wants its purchase order number on every order: add it before confirming.", refused["purchaseOrderNumber"].Single());
        Assert.Equal("Draft", (await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}")).Status);
        var tooLong = await sales.PostAsJsonAsync($"/api/orders/{order.Id}/purchase-order-number", new PurchaseOrderNumberRequest(new string('9', 36)));
        Assert.Contains("purchaseOrderNumber", (await tooLong.FieldErrorsAsync()).Keys);

        await sales.PostAsync<OrderResponse>($"/api/orders/{order.Id}/purchase-order-number", new PurchaseOrderNumberRequest(" PO-77 "));
        var confirmed = await sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{order.Id}/confirm", null);
        Assert.Equal("Confirmed", confirmed.Status);
        Assert.Equal("PO-77", (await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}")).PurchaseOrderNumber);
        var entered = await sales.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-1", null, null, false, [new AvailabilityLineRequest("PUMP", 1)], PurchaseOrderNumber: "PO-78"), HttpStatusCode.Created);
        Assert.Equal("Confirmed", (await sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{entered.Id}/confirm", null)).Status);
    }

    [Fact]
    public async Task A_line_asks_for_its_own_delivery_date_instead_of_the_orders()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP"), Item("VALVE")], [Customer("C-1")], [Stock("PUMP", 10), Stock("VALVE", 10)]));
        using var desk = await SignedInAsync("orderdesk");
        var created = await desk.PostAsync<OrderCreatedResponse>("/api/orders", new AvailabilityRequest("C-1", null, March(15), false,
            [new AvailabilityLineRequest("PUMP", 2), new AvailabilityLineRequest("VALVE", 2, RequestedDeliveryDate: March(29))]), HttpStatusCode.Created);
        await desk.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);

        var order = await desk.GetAsync<OrderResponse>($"/api/orders/{created.Id}");
        Assert.Equal([(null, March(15)), ((DateOnly?)March(29), March(29))],
            order.Lines.Select(l => (l.RequestedDeliveryDate, l.ScheduleLines.Single().DeliveryDate)));
        var past = await desk.PostAsJsonAsync("/api/orders", new AvailabilityRequest("C-1", null, null, false,
            [new AvailabilityLineRequest("PUMP", 1, RequestedDeliveryDate: new DateOnly(2027, 2, 1))]));
        Assert.Contains("lines[0].requestedDeliveryDate", (await past.FieldErrorsAsync()).Keys);
    }
}
