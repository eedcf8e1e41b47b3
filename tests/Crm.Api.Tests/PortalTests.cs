using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
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
    public async Task Every_portal_operation_read_from_the_API_document_shows_another_customers_buyer_nothing_of_theirs()
    {
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH" }, Customer("C-3") with { Name = "Baltic Drives AB" }],
            [Stock("A", 100)]));
        using var desk = await SignedInAsync("orderdesk");
        var theirs = await ConfirmedOrderForAsync(desk, "C-1", null, ("A", 1));
        var mine = await ConfirmedOrderForAsync(desk, "C-3", null, ("A", 1));
        await Http.EventuallyAsync(() => Fixture.Erp.SalesOrdersAsync(), o => o.Count == 2, "the orders reach the ERP");
        await Fixture.Erp.AdvanceClockAsync(March(20));
        using var admin = await SignedInAsync("admin");
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        using var agent = await SignedInAsync("service");
        var article = await agent.WriteArticleAsync(new ArticleRequest("Reading your order's dates", "Each line shows its confirmed date.", Public: true));
        await agent.PublishAsync(article.Id);
        var nordwerk = await BuyerOfAsync("C-1");
        var other = await BuyerOfAsync("C-3");
        var theirCase = await nordwerk.OpenMyCaseAsync(new PortalCaseRequest($"Our secret case {Guid.NewGuid():N}", OrderId: theirs.Id));
        var theirFile = await nordwerk.AddMyFileAsync(theirCase.Id, "drawing.pdf", [0x25, 0x50, 0x44, 0x46]);
        var theirInvoice = Assert.Single((await nordwerk.MyInvoicesAsync()).Items).InvoiceNumber;
        using var rep = await SignedInAsync("sales");
        var theirQuote = await rep.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new QuoteLineRequest("A", 1)]), HttpStatusCode.Created);
        await SendQuoteAsync(rep, theirQuote.Id);
        string[] theirMarks = [theirs.Number, theirCase.Subject, theirInvoice, theirQuote.Number, "Nordwerk", "C-1\""];

        // Every operation of the portal, as the API document lists it, with the first customer's ids in the route and the body.
        var document = await admin.GetAsync<System.Text.Json.JsonElement>("/swagger/v1/swagger.json");
        var operations = document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/portal/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete").Select(m => (Method: m.Name.ToUpperInvariant(), Path: p.Name)))
            .ToList();
        var listsTheyOwn = new List<string>();
        foreach (var (method, path) in operations)
        {
            var url = path.Replace("{attachmentId}", theirFile.Id.ToString()).Replace("{invoiceNumber}", theirInvoice)
                .Replace("{id}", (path.StartsWith("/api/portal/orders", StringComparison.Ordinal) ? theirs.Id
                    : path.StartsWith("/api/portal/cases", StringComparison.Ordinal) ? theirCase.Id
                    : path.StartsWith("/api/portal/quotes", StringComparison.Ordinal) ? theirQuote.Id : article.Id).ToString());
            var (owner, ownerBody) = await CallAsync(nordwerk, method, url, theirs.Id);
            var (stranger, strangerBody) = await CallAsync(other, method, url, theirs.Id);
            var operation = $"{method} {path}";
            Assert.True(owner is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden), $"{operation}: the owner is answered {(int)owner}");
            // A 404 may repeat what the caller sent (their invoice number in the route); anything else of theirs is a leak.
            var leaked = theirMarks.Where(mark => strangerBody.Contains(mark, StringComparison.Ordinal) && !url.Contains(mark, StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"{operation} shows another customer's buyer {string.Join(", ", leaked)}: {strangerBody}");
            if (path.Contains('{', StringComparison.Ordinal) && !path.StartsWith("/api/portal/articles", StringComparison.Ordinal))
                Assert.True(stranger == HttpStatusCode.NotFound, $"{operation}: another customer's buyer is answered {(int)stranger}");
            else if (method == "GET" && theirMarks.Any(mark => ownerBody.Contains(mark, StringComparison.Ordinal))) listsTheyOwn.Add(operation);
        }
        Assert.Superset(new HashSet<string> { "GET /api/portal/me", "GET /api/portal/orders", "GET /api/portal/invoices", "GET /api/portal/cases", "GET /api/portal/quotes" },
            listsTheyOwn.ToHashSet());
        Assert.True(operations.Count >= 15, $"{operations.Count} portal operations");

        Assert.Equal([mine.Id], (await other.MyOrdersAsync()).Items.Select(o => o.Id));
        Assert.Equal("C-3", (await other.GetAsync<PortalMe>("/api/portal/me")).CustomerNumber);
        // The company's own API is not the portal's: 403 whatever it is.
        foreach (var url in new[] { "/api/orders", $"/api/orders/{mine.Id}", "/api/cases", "/api/accounts", "/api/lookup?phone=0711123456", "/api/articles" })
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
    }

    /// <summary>One call with a body that names the first customer's order, as a curious buyer would send it.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(HttpClient buyer, string method, string url, long theirOrder)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
            request.Content = url.EndsWith("/attachments", StringComparison.Ordinal)
                ? new ByteArrayContent("a note"u8.ToArray())
                : JsonContent.Create(new { subject = "Where is it?", text = "Where is it?", orderId = theirOrder, lines = Array.Empty<object>() });
        using var response = await buyer.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
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
