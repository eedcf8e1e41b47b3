using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>DESIGN §9: a rep sees the customers of their team and everything under them; another team's record
/// answers exactly as a missing one, in lists and by id, for reads and for actions alike.</summary>
public sealed class TeamVisibilityTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_rep_never_sees_nor_touches_another_teams_customer_quote_or_order()
    {
        await TwoCustomersAsync();
        using var north = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var northQuote = await north.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 1)]), HttpStatusCode.Created);
        var southQuote = await south.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-2", null, null, false, [new("PUMP", 2)]), HttpStatusCode.Created);
        var southOrder = await south.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-2", null, null, false, [new AvailabilityLineRequest("PUMP", 3)]), HttpStatusCode.Created);

        // Lists show only the rep's team.
        Assert.Equal(["C-1"], (await north.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items.Select(c => c.CustomerNumber));
        Assert.Equal([northQuote.Id], (await north.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Select(q => q.Id));
        Assert.Empty((await north.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Items);
        Assert.Empty((await north.GetAsync<SearchResponse>("/api/search?q=C-2")).Hits);
        Assert.Equal([southQuote.Id], (await south.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Select(q => q.Id));

        // By id, every read and every action answers 404, as for a record that does not exist; nothing changes.
        foreach (var (method, url) in new[]
        {
            ("GET", "/api/customers/C-2"), ("GET", $"/api/quotes/{southQuote.Id}"), ("GET", $"/api/orders/{southOrder.Id}"),
            ("GET", $"/api/orders/{southOrder.Id}/promise-changes"), ("POST", $"/api/quotes/{southQuote.Id}/send"),
            ("POST", $"/api/quotes/{southQuote.Id}/accept"), ("POST", $"/api/quotes/{southQuote.Id}/check"),
            ("POST", $"/api/quotes/{southQuote.Id}/convert"), ("POST", $"/api/orders/{southOrder.Id}/confirm"),
            ("POST", $"/api/orders/{southOrder.Id}/cancel"),
        })
        {
            var response = await north.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = method == "POST" ? JsonContent.Create(new CancelRequest("not mine")) : null,
            });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url}: {(int)response.StatusCode}");
        }
        var refused = await north.PutAsJsonAsync($"/api/quotes/{southQuote.Id}", new QuoteRequest("C-2", null, null, false, [new("PUMP", 99)]));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var days = await north.PutAsJsonAsync("/api/customers/C-2/receiving-days", new ReceivingDaysRequest([DayOfWeek.Monday]));
        Assert.Equal(HttpStatusCode.NotFound, days.StatusCode);

        // A new document for the other team's customer is refused as for an unknown customer.
        var errors = await (await north.PostAsJsonAsync("/api/quotes", new QuoteRequest("C-2", null, null, false, [new("PUMP", 1)]))).FieldErrorsAsync();
        Assert.Equal("Customer C-2 is not known.", Assert.Single(errors["customerNumber"]));

        var untouched = await south.GetAsync<QuoteResponse>($"/api/quotes/{southQuote.Id}");
        Assert.Equal(("Draft", 2m), (untouched.Status, untouched.Lines.Single().Quantity));
        Assert.Equal("Draft", (await south.GetAsync<OrderResponse>($"/api/orders/{southOrder.Id}")).Status);
        Assert.Equal(5, (await south.GetAsync<CustomerSummary>("/api/customers/C-2")).ReceivingDays.Count);
    }

    [Fact]
    public async Task The_manager_sees_both_teams_and_the_order_desk_sees_every_customer()
    {
        await TwoCustomersAsync();
        using var manager = await SignedInAsync("manager");
        using var desk = await SignedInAsync("orderdesk");

        Assert.Equal(["C-1", "C-2"], (await manager.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items.Select(c => c.CustomerNumber));
        Assert.Equal(["C-1", "C-2", "C-3"], (await desk.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items.Select(c => c.CustomerNumber));
        var c2 = await manager.GetAsync<CustomerSummary>("/api/customers/C-2");
        Assert.Equal(("South", "sales2@demo.b2bcrm"), (c2.TeamName, c2.Owner));
        // C-3 belongs to a team someone else manages.
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/customers/C-3")).StatusCode);
    }

    [Fact]
    public async Task A_customer_handed_to_another_team_takes_its_open_documents_and_leaves_the_finished_ones()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 100)]));
        using var north = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var quote = await north.PostAsync<QuoteResponse>("/api/quotes", new QuoteRequest("C-1", null, null, false, [new("PUMP", 1)]), HttpStatusCode.Created);
        var open = await ConfirmedOrderAsync(north, null, ("PUMP", 2));
        var cancelled = await ConfirmedOrderAsync(north, null, ("PUMP", 3));
        await north.PostAsync<OrderResponse>($"/api/orders/{cancelled.Id}/cancel", new CancelRequest("Customer changed their mind"));

        var moved = await HandToTeamAsync("C-1", "South", "sales2@demo.b2bcrm");

        Assert.Equal(("South", "sales2@demo.b2bcrm"), (moved.TeamName, moved.Owner));
        Assert.Equal([cancelled.Id], (await north.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Items.Select(o => o.Id));
        Assert.Empty((await north.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items);
        Assert.Equal([open.Id], (await south.GetAsync<PagedResult<OrderSummary>>("/api/orders")).Items.Select(o => o.Id));
        Assert.Equal([quote.Id], (await south.GetAsync<PagedResult<QuoteSummary>>("/api/quotes")).Items.Select(q => q.Id));
        // The new team works the order from here on.
        var changed = await south.PostAsync<OrderResponse>($"/api/orders/{open.Id}/lines/1/quantity", new QuantityChangeRequest(1, "Customer needs one"));
        Assert.Equal(1m, changed.Lines.Single().Quantity);
        // The move is in each document's audit trail, by whoever handed the customer on.
        foreach (var trail in new[] { $"/api/audit?entity=SalesOrder&id={open.Id}", $"/api/audit?entity=Quote&id={quote.Id}" })
            Assert.Contains((await south.GetAsync<PagedResult<AuditEntryResponse>>(trail)).Items, e => e is { Field: "teamId", By: "admin@demo.b2bcrm" });
    }

    [Fact]
    public async Task A_customer_handed_to_another_team_takes_its_open_deals_and_planned_activities_to_the_new_owner()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 100)]));
        using var north = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var account = (await north.GetAsync<PagedResult<AccountSummary>>("/api/accounts?search=C-1")).Items.Single().Id;
        var open = await north.CreateOpportunityAsync(new OpportunityRequest(account, "More pumps", 8_000, March(20)));
        var lost = await north.CreateOpportunityAsync(new OpportunityRequest(account, "Old pumps", 2_000, March(10)));
        await north.ChangeOpportunityAsync(lost.Id, new OpportunityPatch(Stage: "Closed lost", LostReason: "Went with a competitor"));
        var call = await north.PlanAsync(new ActivityRequest("Call", "Ask about the pumps", new RegardingRef("Opportunity", open.Id), PipelineClient.Now.AddDays(1)));
        var done = await north.PlanAsync(new ActivityRequest("Note", "Met at the fair", new RegardingRef("Account", account)));

        await HandToTeamAsync("C-1", "South", "sales2@demo.b2bcrm");

        var deal = await south.OpportunityAsync(open.Id);
        Assert.Equal("sales2@demo.b2bcrm", deal.Owner);
        var trail = (await south.GetAsync<PagedResult<AuditEntryResponse>>($"/api/audit?entity=Opportunity&id={open.Id}")).Items;
        Assert.Contains(trail, e => e is { Field: "owner", OldValue: "sales@demo.b2bcrm", NewValue: "sales2@demo.b2bcrm", By: "admin@demo.b2bcrm" });
        Assert.Contains((await south.GetAsync<PagedResult<AuditEntryResponse>>($"/api/audit?entity=Activity&id={call.Id}")).Items, e => e.Field == "teamId");
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/api/opportunities/{open.Id}")).StatusCode);
        Assert.Equal("sales@demo.b2bcrm", (await north.OpportunityAsync(lost.Id)).Owner);
        var agenda = await south.AgendaAsync();
        Assert.Equal([call.Id], agenda.Overdue.Concat(agenda.Today).Concat(agenda.ThisWeek).Select(a => a.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/api/activities/{call.Id}")).StatusCode);
        Assert.Equal("sales@demo.b2bcrm", (await north.GetAsync<ActivityResponse>($"/api/activities/{done.Id}")).Owner);
    }

    [Fact]
    public async Task Only_an_admin_or_the_receiving_teams_manager_hands_a_customer_on_and_only_to_someone_in_that_team()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")]));
        using var admin = await SignedInAsync("admin");
        using var sales = await SignedInAsync("sales");
        var teams = (await admin.GetAsync<PagedResult<TeamResponse>>("/api/teams")).Items.ToDictionary(t => t.Name);
        var notInTeam = await admin.PutAsJsonAsync("/api/customers/C-1/assignment", new CustomerAssignmentRequest(teams["South"].Id, "sales@demo.b2bcrm"));
        Assert.Equal("sales@demo.b2bcrm is not in team South.", Assert.Single((await notInTeam.FieldErrorsAsync())["owner"]));
        var noTeam = await admin.PutAsJsonAsync("/api/customers/C-1/assignment", new CustomerAssignmentRequest(999_999, "sales@demo.b2bcrm"));
        Assert.Contains("teamId", (await noTeam.FieldErrorsAsync()).Keys);
        var missing = await admin.PutAsJsonAsync("/api/customers/C-1/assignment", new CustomerAssignmentRequest(null, null));
        Assert.Equal(["owner", "teamId"], (await missing.FieldErrorsAsync()).Keys.Order());
        var byRep = await sales.PutAsJsonAsync("/api/customers/C-1/assignment", new CustomerAssignmentRequest(teams["South"].Id, "sales2@demo.b2bcrm"));
        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);

        var unchanged = await admin.GetAsync<CustomerSummary>("/api/customers/C-1");
        Assert.Equal(("North", "manager@demo.b2bcrm"), (unchanged.TeamName, unchanged.Owner));
    }

    [Fact]
    public async Task The_integration_client_reaches_the_integration_endpoints_only()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1")], [Stock("PUMP", 10)]));
        using var integration = await SignedInAsync("integration");

        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/erp/status")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/auth/me")).StatusCode);
        foreach (var url in new[] { "/api/orders", "/api/quotes", "/api/customers", "/api/teams", "/api/dashboard", "/api/search?q=C-1" })
            Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync(url)).StatusCode);
        var order = await integration.PostAsJsonAsync("/api/orders", new AvailabilityRequest("C-1", null, null, false, [new AvailabilityLineRequest("PUMP", 1)]));
        Assert.Equal(HttpStatusCode.Forbidden, order.StatusCode);
    }

    /// <summary>C-1 with North (sales), C-2 handed to South (sales2), C-3 to a team of another manager.</summary>
    private async Task TwoCustomersAsync()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP")], [Customer("C-1"), Customer("C-2"), Customer("C-3")], [Stock("PUMP", 100)]));
        await HandToTeamAsync("C-2", "South", "sales2@demo.b2bcrm");
        using var admin = await SignedInAsync("admin");
        var loner = await admin.PostAsync<TeamResponse>("/api/teams", new TeamRequest("Key accounts", "manager@demo.b2bcrm"), HttpStatusCode.Created);
        await HandToTeamAsync("C-3", loner.Name, "manager@demo.b2bcrm");
        // The manager leaves Key accounts to someone else, so C-3 is outside the manager's teams.
        var other = await admin.PostAsync<UserResponse>("/api/users",
            new UserRequest($"keyaccounts-{Guid.NewGuid():N}@b2bcrm.test", "Manager", "Key!Accounts1"), HttpStatusCode.Created);
        await admin.PutAsync<TeamResponse>($"/api/teams/{loner.Id}", new TeamRequest("Key accounts", other.Email));
    }
}
