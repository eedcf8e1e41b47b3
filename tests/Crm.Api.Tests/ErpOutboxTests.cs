using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using Crm.Testing;
using ErpMock;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Confirmed orders reach the ERP exactly once, whatever it answers and whenever a node dies.</summary>
public sealed class ErpOutboxTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_order_the_ERP_refuses_becomes_a_dead_letter_that_an_admin_sends_again_once_the_cause_is_fixed()
    {
        await ErpHoldsAsync(Dataset([Item("A")], stock: [Stock("A", 50)]));
        await Fixture.Erp.InjectAsync(new FaultSettings(RejectRate: 1));
        using var sales = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");

        var order = await ConfirmedOrderAsync(sales, March(10), ("A", 5));
        var dead = await Http.EventuallyAsync(
            () => admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"), d => d.Count == 1, "the refused order becomes a dead letter");

        // A refusal is final: the outbox does not ask the same question a dozen times.
        var letter = dead.Single();
        Assert.Equal((order.Number, 1), (letter.SalesOrderNumber, letter.Attempts));
        Assert.Contains("422", letter.LastError, StringComparison.Ordinal);
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.True(status.Degraded);
        Assert.Equal(new OutboxStatusResponse(0, 0, 1, null), status.Outbox);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/api/erp/dead-letters")).StatusCode);
        Assert.Equal("Confirmed", (await sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}")).Status);

        await Fixture.Erp.InjectAsync(new FaultSettings());
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/erp/dead-letters/{letter.Id}/retry", null)).StatusCode);

        var released = await Http.EventuallyAsync(
            () => sales.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the retried order reaches the ERP");
        var pushed = Assert.Single(await Fixture.Erp.SalesOrdersAsync());
        Assert.Equal((order.Number, pushed.Order.SalesOrderNumber), (pushed.Order.ExternalReference, released.ErpOrderNumber));
        Assert.Empty(await admin.GetAsync<List<DeadLetterResponse>>("/api/erp/dead-letters"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/erp/dead-letters/{letter.Id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task A_node_killed_after_the_ERP_accepted_an_order_does_not_make_the_ERP_create_it_twice()
    {
        // A database of its own, so that only the node under test delivers (the suite's nodes share a job queue).
        const string database = "crm_crash";
        await Fixture.Postgres.CreateDatabaseAsync(database);
        var settings = new Dictionary<string, string>(Fixture.Settings)
        {
            ["ConnectionStrings:Crm"] = Fixture.Postgres.ConnectionString(database),
            ["Outbox:Lease"] = "00:00:03",
        };
        await Fixture.Erp.ReplaceDatasetAsync(Dataset([Item("A")], stock: [Stock("A", 50)]));
        string number;
        long id;
        var node = await CrmApiProcess.StartAsync(settings);
        try
        {
            using var admin = await Http.SignInAsync(node, "admin");
            (await admin.PostAsync("/api/erp/sync", null)).EnsureSuccessStatusCode();
            await Fixture.Erp.InjectAsync(new FaultSettings(AnswerDelayMs: 60_000));
            using var sales = await Http.SignInAsync(node, "sales");
            var confirmed = await ConfirmedOrderAsync(sales, March(10), ("A", 5));
            (id, number) = (confirmed.Id, confirmed.Number);
            await Http.EventuallyAsync(Fixture.Erp.SalesOrdersAsync, s => s.Count == 1, "the ERP has accepted the order");
        }
        finally
        {
            await node.DisposeAsync(); // killed while it waits for the ERP's answer
        }
        await Fixture.Erp.InjectAsync(new FaultSettings());

        await using var restarted = await CrmApiProcess.StartAsync(settings);
        using var desk = await Http.SignInAsync(restarted, "orderdesk");
        var released = await Http.EventuallyAsync(
            () => desk.GetAsync<OrderResponse>($"/api/orders/{id}"), o => o.Status == "Released", "the restarted node delivers the order");

        var pushed = Assert.Single(await Fixture.Erp.SalesOrdersAsync());
        Assert.Equal((number, 2), (pushed.Order.ExternalReference, pushed.Posts));
        Assert.Equal(pushed.Order.SalesOrderNumber, released.ErpOrderNumber);
    }
}
