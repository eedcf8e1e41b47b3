using System.Net;
using System.Net.Http.Json;
using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Issue 18: the customer portal — a buyer invited by mail sees their own orders' dates and why they moved,
/// shipments, invoices with a PDF, their cases, and orders again; another customer's buyer sees none of it.</summary>
public sealed class PortalTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_buyer_sees_an_orders_confirmed_dates_and_why_they_moved_its_shipment_and_invoice_and_orders_it_again()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1"), Customer("C-3")], [Stock("A", 10)], production: [Production("P-1", "A", 20, March(10))]));
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 25));
        await Http.EventuallyAsync(() => Fixture.Erp.SalesOrdersAsync(), o => o.Count == 1, "the order reaches the ERP");
        // The production order slips a week: the 15 it covered move from 10 to 17 March.
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1"), Customer("C-3")], [Stock("A", 10)], production: [Production("P-1", "A", 20, March(17))]));
        var buyer = await BuyerOfAsync("C-1");

        var listed = Assert.Single((await buyer.MyOrdersAsync()).Items);
        Assert.Equal((order.Id, order.Number, 1, March(1)), (listed.Id, listed.Number, listed.LinesMoved, listed.NextDelivery));
        var line = Assert.Single((await buyer.MyOrderAsync(order.Id)).Lines);
        Assert.Equal([(10m, March(1)), (15m, March(17))], line.Confirmed.Select(c => (c.Quantity, c.DeliveryDate)));
        var change = Assert.Single(line.Changes);
        Assert.Equal((March(10), March(17)), (change.Before.Max(p => p.DeliveryDate), change.After.Max(p => p.DeliveryDate)));
        Assert.Equal("Our supply for this product changed, so the date was confirmed anew.", change.Why);

        // The stock part ships, then everything is invoiced: tracking and the invoice with its PDF.
        using var admin = await SignedInAsync("admin");
        await Fixture.Erp.AdvanceClockAsync(March(20));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var shipped = await buyer.MyOrderAsync(order.Id);
        Assert.NotEmpty(shipped.Shipments);
        Assert.All(shipped.Shipments, s => Assert.False(string.IsNullOrEmpty(s.TrackingNumber)));
        var invoice = Assert.Single((await buyer.MyInvoicesAsync()).Items);
        Assert.Equal((order.Number, order.Id, false), (invoice.OrderNumber, invoice.OrderId, invoice.Paid));
        var pdf = await buyer.GetAsync($"/api/portal/invoices/{invoice.InvoiceNumber}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);

        // Order again, five fewer: a draft for the order desk with the dates the promise gives now.
        var again = await buyer.ReorderAsync(order.Id, new PortalReorderRequest(Lines: [new PortalReorderLine(1, 20)]));
        Assert.Equal("Draft", again.Status);
        var expected = Assert.Single(again.Expected);
        Assert.Equal(("A", 20m), (expected.ItemNumber, expected.Quantity));
        Assert.Equal(expected.ExpectedQuantity, expected.Expected.Sum(p => p.Quantity));
        var draft = await desk.GetAsync<OrderResponse>($"/api/orders/{again.OrderId}");
        Assert.Equal(("Draft", "C-1", 20m), (draft.Status, draft.CustomerNumber, draft.Lines.Single().Quantity));
        Assert.DoesNotContain((await buyer.MyOrdersAsync()).Items, o => o.Id == again.OrderId);
    }

    [Fact]
    public async Task A_buyer_opens_a_case_about_an_order_the_desk_answers_and_the_buyer_sees_only_the_public_conversation()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, null, ("A", 2));
        var buyer = await BuyerOfAsync("C-1");

        var opened = await buyer.OpenMyCaseAsync(new PortalCaseRequest("Two pumps arrived dented", "Photos follow.", order.Id, 1, "Quality"));
        using var agent = await SignedInAsync("service");
        var queued = Assert.Single((await agent.CasesAsync("?owner=none")).Items, c => c.Id == opened.Id);
        Assert.Equal(("Quality", "New", "Service desk"), (queued.Category, queued.Status, queued.Queue));
        Assert.Equal("Portal", (await agent.CaseAsync(opened.Id)).Origin);

        await agent.AnswerAsync(opened.Id, "Checked the packing list: carrier damage.", isPublic: false);
        await agent.MoveCaseAsync(opened.Id, "WaitingOnCustomer", "We send two new pumps. Please keep the dented ones for the carrier.");
        var seen = await buyer.MyCaseAsync(opened.Id);
        Assert.Equal(["We send two new pumps. Please keep the dented ones for the carrier."], seen.Comments.Select(c => c.Text));
        Assert.Equal(("WaitingOnCustomer", "", (string?)null), (seen.Status, seen.Queue, seen.Owner));
        Assert.Empty(seen.History);

        var answered = await buyer.ReplyAsync(opened.Id, "Will do, thanks.");
        Assert.Equal("InProgress", answered.Status);
        Assert.Contains((await agent.NotificationsAsync()).Items, n => n.Kind == "case-reply" && n.Link == $"/cases/{opened.Id}");
        Assert.Contains((await buyer.MyOrderAsync(order.Id)).Cases, c => c.Id == opened.Id);
    }

    [Fact]
    public async Task Another_customers_buyer_sees_nothing_of_them_in_any_list_and_every_id_of_theirs_answers_404()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1"), Customer("C-3")], [Stock("A", 100)]));
        using var desk = await SignedInAsync("orderdesk");
        var theirs = await ConfirmedOrderForAsync(desk, "C-1", null, ("A", 1));
        var mine = await ConfirmedOrderForAsync(desk, "C-3", null, ("A", 1));
        await Http.EventuallyAsync(() => Fixture.Erp.SalesOrdersAsync(), o => o.Count == 2, "the orders reach the ERP");
        await Fixture.Erp.AdvanceClockAsync(March(20));
        using var admin = await SignedInAsync("admin");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var nordwerk = await BuyerOfAsync("C-1");
        var other = await BuyerOfAsync("C-3");
        var theirCase = await nordwerk.OpenMyCaseAsync(new PortalCaseRequest("Our secret case", OrderId: theirs.Id));
        var theirInvoice = Assert.Single((await nordwerk.MyInvoicesAsync()).Items).InvoiceNumber;

        var calls = new (string What, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("their order", () => other.GetAsync($"/api/portal/orders/{theirs.Id}")),
            ("reorder their order", () => other.PostAsJsonAsync($"/api/portal/orders/{theirs.Id}/reorder", new PortalReorderRequest())),
            ("their case", () => other.GetAsync($"/api/portal/cases/{theirCase.Id}")),
            ("a reply on their case", () => other.PostAsJsonAsync($"/api/portal/cases/{theirCase.Id}/comments", new PortalReplyRequest("hi"))),
            ("their invoice's PDF", () => other.GetAsync($"/api/portal/invoices/{theirInvoice}/pdf")),
            ("a case about their order", () => other.PostAsJsonAsync("/api/portal/cases", new PortalCaseRequest("x", OrderId: theirs.Id))),
        };
        foreach (var (what, call) in calls)
        {
            var status = (await call()).StatusCode;
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{what}: {(int)status}");
        }
        Assert.Equal([mine.Id], (await other.MyOrdersAsync()).Items.Select(o => o.Id));
        Assert.DoesNotContain((await other.MyInvoicesAsync()).Items, i => i.InvoiceNumber == theirInvoice);
        Assert.Empty((await other.MyCasesAsync()).Items);
        Assert.Equal("C-3", (await other.GetAsync<PortalMe>("/api/portal/me")).CustomerNumber);

        // The company's own API is not the portal's: 403 whatever it is.
        foreach (var url in new[] { "/api/orders", $"/api/orders/{mine.Id}", "/api/cases", "/api/accounts", "/api/lookup?phone=0711123456", "/api/articles" })
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
    }

    /// <summary>A contact at the customer, invited by a rep, with their own password, signed in.</summary>
    private async Task<HttpClient> BuyerOfAsync(string customer)
    {
        using var rep = await SignedInAsync("admin");
        var account = (await rep.GetAsync<PagedResult<AccountSummary>>($"/api/accounts?search={customer}")).Items.Single(a => a.CustomerNumber == customer);
        var email = $"buyer.{Guid.NewGuid():N}@{customer.ToLowerInvariant()}.example";
        var contact = await rep.PostAsync<ContactResponse>($"/api/accounts/{account.Id}/contacts", new ContactRequest("Buyer", "Bea", "Buyer", email), HttpStatusCode.Created);
        return await PortalClient.InvitedBuyerAsync(Fixture.App, Fixture.Mail, rep, account.Id, contact.Id, email);
    }
}
