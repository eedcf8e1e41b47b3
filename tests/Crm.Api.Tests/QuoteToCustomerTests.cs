using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using MimeKit;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The promise reaches the customer: a quote carries its terms and each line's dates, is mailed with its PDF,
/// and the buyer accepts it in the portal against a live promise, which makes the confirmed order in one step.</summary>
public sealed class QuoteToCustomerTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_quote_mailed_to_the_buyer_is_accepted_online_and_becomes_a_confirmed_order_with_its_confirmation_mail()
    {
        await PumpsAsync();
        using var rep = await SignedInAsync("sales");
        var (buyer, contactId, email) = await BuyerOfNordwerkAsync(rep);
        var quote = await rep.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false,
        [
            new QuoteLineRequest("PUMP", 14),
            new QuoteLineRequest("SEAL", 7, DiscountPercent: 3),
            new QuoteLineRequest("SEAL", 100, Optional: true),
        ], ContactId: contactId, PaymentTerms: "14 days 2 %, 30 days net", Incoterms: "fca", IncotermsPlace: "Stuttgart", HeaderDiscountPercent: 5,
            IntroText: "As discussed on the phone."), HttpStatusCode.Created);

        // Saved, the quote keeps each line's dates with the time of the check: ten pumps in stock, four more when P-1 finishes.
        Assert.Equal(("FCA", "Stuttgart", 5m, "Berta Buyer"), (quote.Incoterms, quote.IncotermsPlace, quote.HeaderDiscountPercent, quote.ContactName));
        var pumps = quote.Lines[0].Promise!;
        Assert.Equal(("Confirmed", 2), (pumps.Status, pumps.ScheduleLines.Count));
        Assert.Equal([(10m, March(1)), (4m, March(12))], pumps.ScheduleLines.Select(s => (s.Quantity, s.DeliveryDate)));
        Assert.NotNull(pumps.CheckedAt);
        // One money rule: each line rounded once, the total the sum of the lines, the optional line outside it.
        Assert.Equal(Math.Round(14 * 500m * 0.95m, 2) + Math.Round(7 * 3.35m * 0.97m * 0.95m, 2, MidpointRounding.AwayFromZero), quote.NetTotal);
        Assert.Equal(quote.Lines.Where(l => !l.Optional).Sum(l => l.NetAmount), quote.NetTotal);

        var sent = await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/send", null);
        Assert.Equal("Sent", sent.Status);
        var mail = await MailAsync(email, $"Quote {quote.Number} (version 1)");
        var pdf = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal(($"{quote.Number}-v1.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType.MimeType));
        Assert.Contains($"/portal/quotes/{quote.Id}", mail.TextBody);
        Assert.Matches("https?://[^/]+/portal/quotes/", mail.TextBody);
        var timeline = await rep.GetAsync<List<QuoteEventResponse>>($"/api/quotes/{quote.Id}/events");
        Assert.Equal(("Sent", $"To Berta Buyer <{email}>"), (timeline.Single().Kind, timeline.Single().Text));

        // The buyer sees the quote sent to them, with today's dates, and accepts it with the optional seals.
        var mine = Assert.Single((await buyer.GetAsync<PagedResult<PortalQuoteSummary>>("/api/portal/quotes")).Items);
        Assert.Equal((quote.Number, "AwaitingYourAnswer"), (mine.Number, mine.Status));
        var shown = await buyer.GetAsync<PortalQuoteResponse>($"/api/portal/quotes/{quote.Id}");
        Assert.Equal([(10m, March(1)), (4m, March(12))], shown.Lines[0].Deliveries.Select(d => (d.Quantity, d.DeliveryDate)));
        Assert.Equal([BuyerQuoteActions.Accept, BuyerQuoteActions.Decline, BuyerQuoteActions.Ask], shown.AllowedActions);
        var accepted = await buyer.PostAsync<PortalQuoteAccepted>($"/api/portal/quotes/{quote.Id}/accept",
            new PortalQuoteAcceptance("Berta Buyer", "PO-4711", [3], shown.PromiseToken, AuthorisedToOrder: true));
        Assert.Equal("Confirmed", accepted.Status);

        // A second click finds the same order.
        var again = await buyer.PostAsync<PortalQuoteAccepted>($"/api/portal/quotes/{quote.Id}/accept",
            new PortalQuoteAcceptance("Berta Buyer", "PO-4711", [3], shown.PromiseToken, AuthorisedToOrder: true));
        Assert.Equal(accepted.OrderId, again.OrderId);

        var done = await rep.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}");
        Assert.Equal(("Accepted", accepted.OrderNumber, "Berta Buyer", "PO-4711", true), (done.Status, done.OrderNumber, done.Acceptance!.Name,
            done.Acceptance.PurchaseOrderNumber, done.Acceptance.Online));
        Assert.Matches("^[0-9a-f]{64}$", done.Acceptance.DocumentSha256);
        // Converted, the quote shows its order's dates, not a new check that would count the order against itself.
        Assert.Equal(["Ordered", "Ordered", "Ordered"], done.Lines.Select(l => l.Promise!.Status));
        Assert.Equal([(10m, March(1)), (4m, March(12))], done.Lines[0].Promise!.ScheduleLines.Select(s => (s.Quantity, s.DeliveryDate)));
        Assert.Equal("quote.converted", await Http.CodeAsync(await rep.PostAsync($"/api/quotes/{quote.Id}/check", null), HttpStatusCode.Conflict));
        var order = await rep.GetAsync<OrderResponse>($"/api/orders/{accepted.OrderId}");
        Assert.Equal(("PO-4711", done.NetTotal, 3), (order.PurchaseOrderNumber, order.NetTotal, order.Lines.Count));
        Assert.Equal(done.Lines.Select(l => l.NetAmount), order.Lines.Select(l => l.NetAmount));
        Assert.Contains((await rep.NotificationsAsync()).Items, n => n.Kind == "quote" && n.Text.Contains($"accepted quote {quote.Number}"));

        var confirmation = await MailAsync(email, $"Order confirmation {accepted.OrderNumber} (your order PO-4711)");
        Assert.Equal($"{accepted.OrderNumber}.pdf", Assert.Single(confirmation.Attachments.OfType<MimePart>()).FileName);
        Assert.Empty((await buyer.GetAsync<PagedResult<PortalQuoteSummary>>("/api/portal/quotes?status=AwaitingYourAnswer")).Items);
    }

    [Fact]
    public async Task When_a_date_moved_before_the_buyer_accepts_nothing_is_ordered_and_the_buyer_sees_the_new_dates()
    {
        await PumpsAsync();
        using var rep = await SignedInAsync("sales");
        using var desk = await SignedInAsync("orderdesk");
        var (buyer, contactId, _) = await BuyerOfNordwerkAsync(rep);
        var quote = await rep.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new QuoteLineRequest("PUMP", 8)], ContactId: contactId), HttpStatusCode.Created);
        await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/send", null);
        var shown = await buyer.GetAsync<PortalQuoteResponse>($"/api/portal/quotes/{quote.Id}");
        Assert.Equal([(8m, March(1))], shown.Lines[0].Deliveries.Select(d => (d.Quantity, d.DeliveryDate)));

        // Meanwhile the order desk promises five of the ten pumps to another customer.
        await ConfirmedOrderForAsync(desk, "C-2", null, ("PUMP", 5));
        var refused = await buyer.PostAsJsonAsync($"/api/portal/quotes/{quote.Id}/accept",
            new PortalQuoteAcceptance("Berta Buyer", null, null, shown.PromiseToken, AuthorisedToOrder: true));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var moved = (await refused.Content.ReadFromJsonAsync<PortalPromiseMoved>(Http.Json))!;
        Assert.Equal([(5m, March(1)), (3m, March(12))], moved.Lines[0].Deliveries.Select(d => (d.Quantity, d.DeliveryDate)));
        Assert.Contains("moved", moved.Detail);
        var untouched = await rep.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}");
        Assert.Equal(("Sent", (long?)null), (untouched.Status, untouched.SalesOrderId));
        Assert.Equal(["Sent", "DatesMoved"], (await rep.GetAsync<List<QuoteEventResponse>>($"/api/quotes/{quote.Id}/events")).Select(e => e.Kind));

        // The new dates, accepted with the new token, are the order's.
        var accepted = await buyer.PostAsync<PortalQuoteAccepted>($"/api/portal/quotes/{quote.Id}/accept",
            new PortalQuoteAcceptance("Berta Buyer", null, null, moved.PromiseToken, AuthorisedToOrder: true));
        var order = await rep.GetAsync<OrderResponse>($"/api/orders/{accepted.OrderId}");
        Assert.Equal([(5m, March(1)), (3m, March(12))], order.Lines[0].ScheduleLines.Select(s => (s.Quantity, s.DeliveryDate)));
    }

    [Fact]
    public async Task A_buyer_declines_with_a_reason_or_asks_and_the_rep_is_told_and_nobody_else_sees_the_quote()
    {
        await PumpsAsync();
        using var rep = await SignedInAsync("sales");
        var (buyer, contactId, _) = await BuyerOfNordwerkAsync(rep);
        var draft = await rep.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new QuoteLineRequest("PUMP", 1)], ContactId: contactId), HttpStatusCode.Created);
        var quote = await rep.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new QuoteLineRequest("PUMP", 2)], ContactId: contactId), HttpStatusCode.Created);
        await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/send", null);

        // The home page says what needs the rep: one quote waits for the customer, none waits to be sent.
        var home = (await rep.GetAsync<DashboardResponse>("/api/dashboard")).Quotes!;
        Assert.Equal((0, 0, 1, 0), (home.ToSend, home.AwaitingApproval, home.AwaitingCustomer, home.ExpiringThisWeek));
        Assert.Equal([quote.Id], (await buyer.GetAsync<PagedResult<PortalQuoteSummary>>("/api/portal/quotes")).Items.Select(q => q.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/api/portal/quotes/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await buyer.PostAsJsonAsync($"/api/portal/quotes/{quote.Id}/questions", new PortalQuoteQuestion("Can you do 3?"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await buyer.PostAsJsonAsync($"/api/portal/quotes/{quote.Id}/decline", new PortalQuoteDecline("Too far away"))).StatusCode);

        var declined = await rep.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}");
        Assert.Equal(("Declined", "Too far away"), (declined.Status, declined.DeclineReason));
        Assert.Equal(["Sent", "Question", "Declined"], (await rep.GetAsync<List<QuoteEventResponse>>($"/api/quotes/{quote.Id}/events")).Select(e => e.Kind));
        var told = (await rep.NotificationsAsync()).Items.Where(n => n.Kind == "quote").Select(n => n.Text).ToList();
        Assert.Contains(told, t => t.Contains("Can you do 3?"));
        Assert.Contains(told, t => t.Contains("Too far away"));
    }

    [Fact]
    public async Task A_prospect_is_quoted_like_a_customer_and_a_bad_term_is_named()
    {
        await PumpsAsync();
        using var rep = await SignedInAsync("sales");
        var prospect = await rep.PostAsync<AccountResponse>("/api/accounts", new AccountRequest("Fabryka Śrub Sp. z o.o.", Country: "PL"), HttpStatusCode.Created);

        var quote = await rep.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest(null, null, null, false, [new QuoteLineRequest("PUMP", 2)], AccountId: prospect.Id), HttpStatusCode.Created);

        Assert.Equal((true, prospect.Id, "Fabryka Śrub Sp. z o.o.", "30 days net"), (quote.Prospect, quote.AccountId, quote.CustomerName, quote.PaymentTerms));
        Assert.Equal("Confirmed", quote.Lines[0].Promise!.Status);
        Assert.Contains(quote.Id, (await rep.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Select(q => q.Id));
        Assert.Equal("Fabryka Śrub Sp. z o.o.", (await rep.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Single(q => q.Id == quote.Id).CustomerName);

        // A deal of the prospect is quoted from its lines too.
        var deal = await rep.PostAsync<OpportunityResponse>("/api/opportunities",
            new OpportunityRequest(prospect.Id, "First pumps", 1000, March(31), Lines: [new OpportunityLineRequest("PUMP", 2, 480m)]), HttpStatusCode.Created);
        Assert.Contains(DealActions.Quote, (await rep.GetAsync<OpportunityResponse>($"/api/opportunities/{deal.Id}")).AllowedActions!);
        var fromDeal = await rep.PostAsync<QuoteResponse>($"/api/opportunities/{deal.Id}/quote", null, HttpStatusCode.Created);
        Assert.Equal((true, 960m), (fromDeal.Prospect, fromDeal.NetTotal));
        var badRule = await rep.PostAsJsonAsync("/api/quotes", new QuoteRequest(null, null, null, false, [new QuoteLineRequest("PUMP", 2)],
            AccountId: prospect.Id, Incoterms: "FOB2", IncotermsPlace: "Gdańsk"));
        Assert.Contains("incoterms", (await badRule.FieldErrorsAsync()).Keys);
        var noPlace = await rep.PostAsJsonAsync("/api/quotes", new QuoteRequest(null, null, null, false, [new QuoteLineRequest("PUMP", 2)],
            AccountId: prospect.Id, Incoterms: "DAP"));
        Assert.Contains("incotermsPlace", (await noPlace.FieldErrorsAsync()).Keys);
        var onlyOptional = await rep.PostAsJsonAsync("/api/quotes", new QuoteRequest(null, null, null, false, [new QuoteLineRequest("PUMP", 2, Optional: true)],
            AccountId: prospect.Id));
        Assert.Contains("lines", (await onlyOptional.FieldErrorsAsync()).Keys);
    }

    /// <summary>Ten pumps in stock and twenty more from P-1 on March 12; seals by the thousand; customers C-1 and C-2.</summary>
    private Task PumpsAsync() =>
        ErpHoldsAsync(Dataset([Item("PUMP", price: 500m), Item("SEAL", price: 3.35m)],
            [Customer("C-1") with { Name = "Nordwerk Maschinenbau GmbH" }, Customer("C-2")],
            [Stock("PUMP", 10), Stock("SEAL", 1000)], production: [Production("P-1", "PUMP", 20, March(12))]));

    /// <summary>Berta Buyer of Nordwerk (C-1): a contact with her own address, invited to the portal and signed in.</summary>
    private async Task<(HttpClient Buyer, long ContactId, string Email)> BuyerOfNordwerkAsync(HttpClient rep)
    {
        var account = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single(a => a.CustomerNumber == "C-1");
        var email = $"berta.{Guid.NewGuid():N}@nordwerk.example";
        var contact = await rep.PostAsync<ContactResponse>($"/api/accounts/{account.Id}/contacts", new ContactRequest("Buyer", "Berta", "Buyer", email), HttpStatusCode.Created);
        return (await PortalClient.InvitedBuyerAsync(Fixture.App, Fixture.Mail, rep, account.Id, contact.Id, email), contact.Id, email);
    }

    private async Task<MimeMessage> MailAsync(string to, string subject) =>
        (await Http.EventuallyAsync(() => Task.FromResult(Fixture.Mail.Received.LastOrDefault(m => m.To.ToString().Contains(to) && m.Subject == subject)),
            m => m is not null, $"the mail '{subject}' to {to}"))!;
}
