using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>A promise that reserves rests on fresh ERP data, or says that it is provisional.</summary>
public sealed class FreshnessTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Old_supply_data_is_refreshed_before_a_confirmation_and_an_unreachable_ERP_makes_it_provisional_until_it_answers()
    {
        var dataset = Dataset([Item("A"), Item("B")], [Customer("C-1")], [Stock("A", 10), Stock("B", 10)]);
        await ErpHoldsAsync(dataset);
        // A node that trusts nothing older than now, and gives up on the ERP quickly.
        await using var strict = Fixture.NewApp(new Dictionary<string, string?>
        {
            ["Atp:MaxDataAge"] = "00:00:00",
            ["Erp:Resilience:Retry:MaxRetryAttempts"] = "1",
            ["Erp:Resilience:Retry:Delay"] = "00:00:00.050",
        });
        using var desk = await SignedInAsync("orderdesk", strict);

        await Fixture.Erp.LoadAsync(dataset with { Stock = [Stock("A", 3), Stock("B", 10)] }, Today);
        var refreshed = await ConfirmedOrderAsync(desk, null, ("A", 5));
        Assert.Equal(("Confirmed", 3m), (refreshed.Status, refreshed.Lines.Single().ConfirmedQuantity));

        await Fixture.Erp.FailAsync(1);
        var provisional = await ConfirmedOrderAsync(desk, null, ("B", 2));
        Assert.Equal(("Provisional", 2m), (provisional.Status, provisional.Lines.Single().ConfirmedQuantity));

        await Fixture.Erp.FailAsync(0);
        using var admin = await SignedInAsync("admin", strict);
        Assert.Equal(1, await admin.PostAsync<int>("/api/orders/provisional/recheck", null));
        var confirmed = await desk.GetAsync<OrderResponse>($"/api/orders/{provisional.Id}");
        Assert.Contains(confirmed.Status, new[] { "Confirmed", "Released" });
        var pushed = await Http.EventuallyAsync(Fixture.Erp.SalesOrdersAsync, o => o.Count == 2, "both orders reach the ERP");
        Assert.Equal([refreshed.Number, provisional.Number], pushed.Select(o => o.Order.ExternalReference).Order());
    }

    [Fact]
    public async Task Only_admins_and_integration_clients_recheck_provisional_orders()
    {
        using var sales = await SignedInAsync("sales");

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostAsync("/api/orders/provisional/recheck", null)).StatusCode);
    }
}
