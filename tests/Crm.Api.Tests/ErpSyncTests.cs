using Crm.Api.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

public sealed class ErpSyncTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_sync_brings_every_entity_in_and_a_second_run_only_what_changed()
    {
        await Fixture.Erp.LoadAsync(Dataset(
            [Item("A"), Item("B")], [Customer("C-1"), Customer("C-2"), Customer("C-3")],
            [Stock("A", 5)], [Purchase("4500", "A", 10, March(9))], [Production("1000", "B", 20, March(12))]), Today);
        using var admin = await SignedInAsync("admin");

        var first = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);
        var second = await admin.PostAsync<SyncResponse>("/api/erp/sync", null);

        Assert.Equal(
            [("Items", 2), ("Customers", 3), ("Stock", 1), ("ProductionOrders", 1), ("PurchaseOrderLines", 1), ("Calendars", 1)],
            first.Entities.Select(e => (e.Entity, e.Rows)));
        // The cursor is inclusive, so the newest change is read again; nothing older is.
        Assert.All(second.Entities, e => Assert.True(e.Rows <= first.Entities.Single(f => f.Entity == e.Entity).Rows));
        var customers = await admin.GetAsync<PagedResult<CustomerSummary>>("/api/customers");
        Assert.Equal(3, customers.Total);
    }
}
