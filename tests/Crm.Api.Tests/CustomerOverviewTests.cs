using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Issue 17 §1 and §5: a rep opens an account and sees everything about it in one call, including the segment
/// the nightly job gave it from what the ERP invoiced.</summary>
public sealed class CustomerOverviewTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_360_shows_people_deals_orders_invoices_activities_and_the_segment_from_invoiced_revenue()
    {
        await ErpHoldsAsync(Dataset([Item("PUMP", price: 1000m)], [Customer("C-1"), Customer("C-2")], [Stock("PUMP", 20)]));
        using var rep = await SignedInAsync("sales");
        using var desk = await SignedInAsync("orderdesk");
        using var admin = await SignedInAsync("admin");
        using var south = await SignedInAsync("sales2");
        var big = await ConfirmedOrderForAsync(desk, "C-1", null, ("PUMP", 4));
        var small = await ConfirmedOrderForAsync(desk, "C-2", null, ("PUMP", 1));
        foreach (var order in new[] { big.Id, small.Id })
            await Http.EventuallyAsync(() => desk.GetAsync<OrderResponse>($"/api/orders/{order}"), o => o.Status == "Released", "the ERP takes the order");
        await Fixture.Erp.AdvanceClockAsync(March(2));
        await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsync("/api/segmentation/run", null)).StatusCode);
        await admin.PostAsync<Crm.Api.Features.Sales.Segmentation.SegmentationEndpoints.SegmentationRun>("/api/segmentation/run", null);

        var accounts = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Customer")).Items.ToDictionary(a => a.CustomerNumber!, a => a.Id);
        var c1 = accounts["C-1"];
        await rep.PostAsync<ContactResponse>($"/api/accounts/{c1}/contacts", new ContactRequest("Schmidt", "Anna", IsPrimary: true), HttpStatusCode.Created);
        var deal = await rep.CreateOpportunityAsync(new OpportunityRequest(c1, "More pumps", 8_000, March(20)));
        await rep.PlanAsync(new ActivityRequest("Call", "Ask about the pumps", new RegardingRef("Opportunity", deal.Id), PipelineClient.Now.AddDays(1)));
        await rep.PlanAsync(new ActivityRequest("Note", "Met at the fair", new RegardingRef("Account", c1)));

        var overview = await rep.GetAsync<AccountOverview>($"/api/accounts/{c1}/overview");

        Assert.Equal(("C-1", "A", "555"), (overview.Account.CustomerNumber, overview.Segment.AbcClass, $"{overview.Segment.Recency}{overview.Segment.Frequency}{overview.Segment.Monetary}"));
        Assert.Equal("Anna", Assert.Single(overview.Contacts).FirstName);
        Assert.Equal("More pumps", Assert.Single(overview.OpenOpportunities).Name);
        Assert.Equal((big.Number, "Invoiced"), (Assert.Single(overview.Orders).Number, overview.Orders[0].Status));
        Assert.Equal((1, 4_000m), (overview.Invoices.Open + overview.Invoices.Paid, overview.Invoices.OpenAmount + overview.Invoices.PaidAmount));
        Assert.Equal("Ask about the pumps", Assert.Single(overview.NextActivities).Subject);
        Assert.Equal("Met at the fair", Assert.Single(overview.PastActivities).Subject);

        var other = await rep.GetAsync<AccountOverview>($"/api/accounts/{accounts["C-2"]}/overview");
        Assert.Equal(("B", "553"), (other.Segment.AbcClass, $"{other.Segment.Recency}{other.Segment.Frequency}{other.Segment.Monetary}"));
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/accounts/{c1}/overview")).StatusCode);
        Assert.Equal(["C-1"], (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?abcClass=A")).Items.Select(a => a.CustomerNumber));
    }
}
