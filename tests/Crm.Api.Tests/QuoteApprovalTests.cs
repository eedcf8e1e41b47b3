using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>A discount beyond the rep's authority (Sales 10 %, Manager 30 %) or a price below the item's floor waits
/// for a manager of the team; nobody decides their own request; versions keep what the customer saw.</summary>
public sealed class QuoteApprovalTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_reps_discount_above_their_limit_goes_to_the_manager_who_approves_it_and_then_it_can_be_sent()
    {
        await PumpsAsync();
        using var sales = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 4, DiscountPercent: 15)]), HttpStatusCode.Created);

        var submitted = await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/submit", null);
        Assert.Equal(("PendingApproval", "sales@demo.b2bcrm"), (submitted.Status, submitted.SubmittedBy));
        Assert.Equal(["Line 1: 15 % off PUMP's price is above the limit of 10 %.", "The quote's total discount of 15 % is above the limit of 10 %."],
            submitted.ApprovalReasons);
        Assert.Equal("quote.not_approved", await Http.CodeAsync(await sales.PostAsync($"/api/quotes/{quote.Id}/send", null), HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsJsonAsync($"/api/quotes/{quote.Id}/approve", new ApprovalDecisionRequest("mine"))).StatusCode);

        var told = Assert.Single((await manager.NotificationsAsync()).Items, n => n.Kind == "approval");
        Assert.Equal(($"Quote {quote.Number} from sales@demo.b2bcrm waits for your approval: {string.Join("; ", submitted.ApprovalReasons!)}", "/approvals"),
            (told.Text, told.Link));
        var inbox = await manager.GetAsync<PagedResult<ApprovalSummary>>("/api/approvals");
        var request = Assert.Single(inbox.Items);
        Assert.Equal((quote.Id, 15m, true), (request.QuoteId, request.TotalDiscountPercent, request.CanDecide));
        Assert.Equal([(quote.Id, false)], (await sales.GetAsync<PagedResult<ApprovalSummary>>("/api/approvals")).Items.Select(a => (a.QuoteId, a.CanDecide)));

        // The comment is optional: a decision without a body at all (no Content-Type either) is a decision.
        var approved = await (await manager.PostAsync($"/api/quotes/{quote.Id}/approve", null)).ReadAsync<QuoteResponse>();
        Assert.Equal(("Approved", "manager@demo.b2bcrm", null), (approved.Status, approved.DecidedBy, approved.DecisionComment));
        Assert.Empty((await manager.GetAsync<PagedResult<ApprovalSummary>>("/api/approvals")).Items);
        Assert.Equal("Sent", (await SendQuoteAsync(sales, quote.Id)).Status);
        Assert.Equal("Accepted", (await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/accept", null)).Status);
        var order = await sales.PostAsync<OrderCreatedResponse>($"/api/quotes/{quote.Id}/convert", null, HttpStatusCode.Created);
        Assert.Equal(15m, (await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}")).Lines.Single().DiscountPercent);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request()
    {
        await PumpsAsync();
        using var manager = await SignedInAsync("manager");
        var quote = await manager.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 1, DiscountPercent: 40)]), HttpStatusCode.Created);
        Assert.Equal("PendingApproval", (await manager.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/submit", null)).Status);

        var own = await manager.PostAsJsonAsync($"/api/quotes/{quote.Id}/approve", new ApprovalDecisionRequest(null));

        Assert.Equal("approval.own_request", await Http.CodeAsync(own, HttpStatusCode.Forbidden));
        Assert.Equal("PendingApproval", (await manager.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}")).Status);
        Assert.Equal([false], (await manager.GetAsync<PagedResult<ApprovalSummary>>("/api/approvals")).Items.Select(a => a.CanDecide));
    }

    [Fact]
    public async Task A_rejected_quote_says_why_and_is_revised_and_submitted_again()
    {
        await PumpsAsync();
        using var sales = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 4, DiscountPercent: 25)]), HttpStatusCode.Created);
        await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/submit", null);

        var silent = await manager.PostAsJsonAsync($"/api/quotes/{quote.Id}/reject", new ApprovalDecisionRequest(" "));
        Assert.Equal("Say why the quote is rejected, so the rep can revise it.", Assert.Single((await silent.FieldErrorsAsync())["comment"]));
        var tooLong = await manager.PostAsJsonAsync($"/api/quotes/{quote.Id}/reject", new ApprovalDecisionRequest(new string('x', 1001)));
        Assert.Contains("comment", (await tooLong.FieldErrorsAsync()).Keys);
        var rejected = await manager.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/reject", new ApprovalDecisionRequest("25 % is too much; 8 % at most"));
        Assert.Equal(("Rejected", "25 % is too much; 8 % at most"), (rejected.Status, rejected.DecisionComment));

        var revised = await sales.PutAsync<QuoteResponse>($"/api/quotes/{quote.Id}", new QuoteRequest("C-1", null, null, false, [new("PUMP", 4, DiscountPercent: 8)]));
        Assert.Equal((quote.Id, 1, "Draft", (string?)null), (revised.Id, revised.Version, revised.Status, revised.DecisionComment));
        var resubmitted = await sales.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/submit", null);
        Assert.Equal(("Approved", "policy"), (resubmitted.Status, resubmitted.DecidedBy));
    }

    [Fact]
    public async Task A_price_far_below_the_list_or_below_the_items_floor_needs_approval_and_cannot_be_accepted_past_it()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 1857.17m), Item("VALVE", price: 500m)], [Customer("C-1")], [Stock("PUMP", 10), Stock("VALVE", 10)]));
        using var sales = await SignedInAsync("sales");
        using var manager = await SignedInAsync("manager");
        var floor = await manager.PutAsync<ProductSummary>("/api/products/VALVE/floor-price", new FloorPriceRequest(480m));
        Assert.Equal(480m, floor.FloorPrice);

        // The case from the field: a unit price of 1.00 and 95 % off against a list price of 1,857.17.
        var giveaway = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new("PUMP", 124, UnitPrice: 1m, DiscountPercent: 95)]), HttpStatusCode.Created);
        Assert.Equal(("Manual", 1857.17m, 100m), (giveaway.Lines[0].PriceSource, giveaway.Lines[0].ReferencePrice, giveaway.Lines[0].EffectiveDiscountPercent));
        Assert.Equal("quote.needs_approval", await Http.CodeAsync(await sales.PostAsync($"/api/quotes/{giveaway.Id}/accept", null), HttpStatusCode.Conflict));
        Assert.Equal("quote.needs_approval", await Http.CodeAsync(await sales.PostAsync($"/api/quotes/{giveaway.Id}/send", null), HttpStatusCode.Conflict));
        Assert.Equal("Draft", (await sales.GetAsync<QuoteResponse>($"/api/quotes/{giveaway.Id}")).Status);

        // 5 % off the valve's 500 is within the rep's 10 %, but 475 is below its floor of 480.
        var belowFloor = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, null, false, [new("VALVE", 2, DiscountPercent: 5)]), HttpStatusCode.Created);
        var submitted = await sales.PostAsync<QuoteResponse>($"/api/quotes/{belowFloor.Id}/submit", null);
        Assert.Equal("PendingApproval", submitted.Status);
        Assert.Equal(["Line 1: the net price 475.00 is below VALVE's floor of 480.00."], submitted.ApprovalReasons);

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PutAsJsonAsync("/api/products/VALVE/floor-price", new FloorPriceRequest(1m))).StatusCode);
        Assert.Contains("floorPrice", (await (await manager.PutAsJsonAsync("/api/products/VALVE/floor-price", new FloorPriceRequest(-1m))).FieldErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Revising_a_sent_quote_makes_version_two_and_leaves_the_first_as_the_customer_saw_it()
    {
        await PumpsAsync();
        using var sales = await SignedInAsync("sales");
        var first = await sales.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 4)]), HttpStatusCode.Created);
        await SendQuoteAsync(sales, first.Id);

        var second = await sales.PutAsync<QuoteResponse>($"/api/quotes/{first.Id}", new QuoteRequest("C-1", null, null, false, [new("PUMP", 6)]), HttpStatusCode.Created);

        Assert.Equal((first.Number, 2, "Draft", first.Id), (second.Number, second.Version, second.Status, second.PreviousVersionId));
        Assert.Equal([(1, "Sent", true), (2, "Draft", false)],
            (await sales.GetAsync<List<QuoteVersionSummary>>($"/api/quotes/{first.Id}/versions")).Select(v => (v.Version, v.Status, v.SupersededAt is not null)));
        Assert.Equal([(second.Id, 2)], (await sales.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Select(q => (q.Id, q.Version)));
        var old = await sales.GetAsync<QuoteResponse>($"/api/quotes/{first.Id}");
        Assert.Equal((4m, "Sent"), (old.Lines.Single().Quantity, old.Status));
        Assert.Equal("quote.superseded", await Http.CodeAsync(await sales.PostAsync($"/api/quotes/{first.Id}/accept", null), HttpStatusCode.Conflict));
        var edit = await sales.PutAsJsonAsync($"/api/quotes/{first.Id}", new QuoteRequest("C-1", null, null, false, [new("PUMP", 9)]));
        Assert.Equal("quote.superseded", await Http.CodeAsync(edit, HttpStatusCode.Conflict));

        // An approved version revised asks again.
        await sales.PostAsync<QuoteResponse>($"/api/quotes/{second.Id}/submit", null);
        var third = await sales.PutAsync<QuoteResponse>($"/api/quotes/{second.Id}", new QuoteRequest("C-1", null, null, false, [new("PUMP", 7)]), HttpStatusCode.Created);
        Assert.Equal((3, "Draft", (string?)null), (third.Version, third.Status, third.DecidedBy));
    }

    [Fact]
    public async Task The_expiry_job_expires_a_quote_past_its_validity_and_an_expired_quote_is_copied_into_a_new_one()
    {
        await PumpsAsync();
        using var sales = await SignedInAsync("sales");
        var quote = await sales.PostAsync<QuoteResponse>("/api/quotes",
            new QuoteRequest("C-1", null, March(10), false, [new("PUMP", 4, UnitPrice: 480m, DiscountPercent: 5)]), HttpStatusCode.Created);
        await SendQuoteAsync(sales, quote.Id);

        // Three weeks later, on another node whose clock says so.
        await using var later = Fixture.NewApp(new Dictionary<string, string?> { ["Clock:Today"] = "2027-03-22" });
        using var admin = await Http.SignInAsync(later, "admin");
        Assert.Equal(1, await admin.PostAsync<int>("/api/quotes/expiry/run", null));
        using var rep = await Http.SignInAsync(later, "sales");
        Assert.Equal("Expired", (await rep.GetAsync<QuoteResponse>($"/api/quotes/{quote.Id}")).Status);
        Assert.Equal("quote.not_open", await Http.CodeAsync(await rep.PostAsync($"/api/quotes/{quote.Id}/accept", null), HttpStatusCode.Conflict));

        var copy = await rep.PostAsync<QuoteResponse>($"/api/quotes/{quote.Id}/copy", null, HttpStatusCode.Created);
        Assert.NotEqual(quote.Number, copy.Number);
        Assert.Equal((1, "Draft", new DateOnly(2027, 4, 21)), (copy.Version, copy.Status, copy.ValidUntil));
        Assert.Equal([(4m, 480m, 5m, "Manual")], copy.Lines.Select(l => (l.Quantity, l.UnitPrice, l.DiscountPercent, l.PriceSource)));
        Assert.Equal(0, await admin.PostAsync<int>("/api/quotes/expiry/run", null));
    }

    private Task PumpsAsync() => ErpHoldsAsync(Dataset([Item("PUMP", price: 500m)], [Customer("C-1")], [Stock("PUMP", 100)]));
}
