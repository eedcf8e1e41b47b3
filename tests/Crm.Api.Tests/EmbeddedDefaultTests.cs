using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

/// <summary>The product on its embedded defaults: SQLite, in-memory jobs, the demo ERP exports synced through the
/// flat-file bridge at start, and commitments written to the outbound folder.</summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"b2bcrm-sqlite-{Guid.NewGuid():N}");
    private CrmApp _app = null!;

    private string Outbound => Path.Combine(_folder, "outbound");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = new CrmApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}",
            ["Erp:OutboundFolder"] = Outbound,
        }, environment: "Development");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_demo_runs_the_whole_slice_on_SQLite_with_the_flat_file_bridge()
    {
        using var sales = await Http.SignInAsync(_app, "sales");

        var products = await sales.GetAsync<PagedResult<ProductSummary>>("/api/products");
        var customers = await sales.GetAsync<PagedResult<CustomerSummary>>("/api/customers");
        // Team North works four of the six demo customers; South the other two.
        Assert.Equal((20, 4), (products.Total, customers.Total));
        Assert.DoesNotContain(customers.Items, c => Features.Demo.DemoData.SouthCustomers.Contains(c.CustomerNumber));
        using var sales2 = await Http.SignInAsync(_app, "sales2");
        Assert.Equal(Features.Demo.DemoData.SouthCustomers, (await sales2.GetAsync<PagedResult<CustomerSummary>>("/api/customers")).Items.Select(c => c.CustomerNumber));

        // The demo pipeline: a campaign's leads in every status, deals for both teams, activities planned.
        var leads = await sales.GetAsync<PagedResult<LeadSummary>>("/api/leads?status=");
        Assert.Equal(["Disqualified", "New", "Qualified", "Working"], leads.Items.Select(l => l.Status).Distinct().Order());
        Assert.All(leads.Items, l => Assert.Equal("Hannover Messe", l.CampaignName));
        Assert.NotEmpty((await sales2.GetAsync<BoardResponse>("/api/opportunities/board")).Columns.SelectMany(c => c.Deals));
        var agenda = await sales.GetAsync<AgendaResponse>("/api/activities/agenda");
        Assert.True(agenda.Overdue.Count + agenda.Today.Count + agenda.ThisWeek.Count >= 2);

        // The demo service desk: cases in every state, one escalated, one near its first-response target; a buyer's portal.
        using var agent = await Http.SignInAsync(_app, "service");
        var cases = (await agent.GetAsync<PagedResult<CaseSummary>>("/api/cases?status=All")).Items;
        Assert.Equal(["Closed", "InProgress", "New", "Resolved", "WaitingOnCustomer"], cases.Select(c => c.Status).Distinct().Order());
        Assert.Contains(cases, c => c.EscalationLevel == 1 && c.SlaState == "Breached");
        Assert.Contains(cases, c => c.SlaState == "Warning");
        using var buyer = await Http.SignInAsync(_app, "buyer.nordwerk");
        Assert.Equal("Nordwerk Maschinenbau GmbH", (await buyer.GetAsync<PortalMe>("/api/portal/me")).AccountName);
        Assert.Single((await buyer.GetAsync<PagedResult<PortalOrderSummary>>("/api/portal/orders")).Items);

        var created = await sales.PostAsync<OrderCreatedResponse>("/api/orders",
            new AvailabilityRequest("C-1001", null, new DateOnly(2027, 3, 15), false, [new("A-100", 30)]), HttpStatusCode.Created);
        var confirmed = await sales.PostAsync<ConfirmOrderResponse>($"/api/orders/{created.Id}/confirm", null);
        Assert.Equal(("Confirmed", new DateOnly(2027, 3, 1)), (confirmed.Status, confirmed.Today));
        // Demo customer C-1001 has 3 transit days and plant P1 one pick/pack day: Thursday material, Friday ship.
        Assert.Equal(new ScheduleLineResponse(30, new(2027, 3, 11), new(2027, 3, 12), new(2027, 3, 15)), confirmed.Lines.Single().ScheduleLines.Single());

        // The demo portal buyers' orders were sent at start too; this order's file is the one that names it.
        var file = await Http.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(Outbound) ? Directory.GetFiles(Outbound, "*.csv").Where(f => File.ReadAllText(f).Contains(created.Number)).ToArray() : []),
            files => files.Length > 0, "the commitment file is written");
        var rows = await File.ReadAllLinesAsync(Assert.Single(file));
        Assert.StartsWith($"create,{created.Number},C-1001,2027-03-15,1,A-100,P1,30", rows[1]);
        await Http.EventuallyAsync(() => sales.GetAsync<OrderResponse>($"/api/orders/{created.Id}"), o => o.Status == "Released", "the order is released");

        // The demo exports hold no deliveries or invoices; every other entity came in at start.
        using var admin = await Http.SignInAsync(_app, "admin");
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.Equal("FileDrop", status.Mode);
        Assert.False(status.Degraded);
        Assert.All(status.Entities, e => Assert.Equal(0, e.Rejected));
        // The recurring sync may have run again since start (every quarter hour), finding nothing new: the cursor
        // tells what was stored, the run counts do not.
        var items = status.Entities.Single(e => e.Entity == "Items");
        Assert.Equal(("Ok", new DateTimeOffset(2027, 2, 26, 18, 0, 0, TimeSpan.Zero)), (items.State, items.CursorChangedAt));
        Assert.Equal(new OutboxStatusResponse(0, 0, 0, null), status.Outbox);
        Assert.Empty(await admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"));
    }
}
