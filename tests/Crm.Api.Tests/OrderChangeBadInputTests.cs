using System.Net;
using System.Text;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>The order's change endpoints check their fields like every other: a bad change is a 400 naming the
/// field, and the order, its promise and its history stay as they were.</summary>
public sealed class OrderChangeBadInputTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string Huge = new('x', 501);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ErpHoldsAsync(Dataset([Item("A")], [Customer("C-1")], [Stock("A", 10)]));
    }

    [Theory]
    [InlineData("lines/1/quantity", """{}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":null}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":0}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":-4}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":2.5}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":"four"}""", "quantity")]
    [InlineData("lines/1/quantity", """{"quantity":4,"reason":"HUGE"}""", "reason")]
    [InlineData("requested-delivery-date", """{"requestedDeliveryDate":"9999-12-31"}""", "requestedDeliveryDate")]
    [InlineData("requested-delivery-date", """{"requestedDeliveryDate":"0001-01-01"}""", "requestedDeliveryDate")]
    [InlineData("requested-delivery-date", """{"requestedDeliveryDate":"2027-03-10","reason":"HUGE"}""", "reason")]
    [InlineData("cancel", """{"reason":"HUGE"}""", "reason")]
    [InlineData("lines/1/cancel", """{"reason":"HUGE"}""", "reason")]
    [InlineData("lines/1/manual-promise", """{"reason":"Expedite","scheduleLines":[null]}""", "scheduleLines[0]")]
    [InlineData("lines/1/manual-promise", """{"reason":"Expedite","scheduleLines":[{"quantity":1,"materialAvailabilityDate":"9999-12-31"}]}""", "scheduleLines[0].materialAvailabilityDate")]
    [InlineData("lines/1/manual-promise", """{"reason":"Expedite","scheduleLines":[{"quantity":1.5,"materialAvailabilityDate":"2027-03-02"}]}""", "scheduleLines[0].quantity")]
    [InlineData("lines/1/manual-promise", """{"reason":"HUGE","scheduleLines":[{"quantity":1,"materialAvailabilityDate":"2027-03-02"}]}""", "reason")]
    public async Task A_bad_change_is_a_400_naming_the_field_and_changes_nothing(string action, string body, string field)
    {
        using var desk = await SignedInAsync("orderdesk");
        var order = await ConfirmedOrderAsync(desk, March(10), ("A", 4));
        // Once the ERP has taken the order nothing else changes it, so whatever differs afterwards is the bad request's doing.
        var before = await Http.EventuallyAsync(() => desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}"), o => o.Status == "Released", "the ERP takes the order");

        var response = await desk.PostAsync($"/api/orders/{order.Id}/{action}", new StringContent(body.Replace("HUGE", Huge), Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.FieldErrorsAsync()).Keys);
        var after = await desk.GetAsync<OrderResponse>($"/api/orders/{order.Id}");
        Assert.Equal((before.Status, before.RequestedDeliveryDate, before.Lines.Single().Quantity), (after.Status, after.RequestedDeliveryDate, after.Lines.Single().Quantity));
        Assert.Equal(before.Lines.Single().ScheduleLines, after.Lines.Single().ScheduleLines);
        Assert.Empty(await desk.GetAsync<List<PromiseChangeResponse>>($"/api/orders/{order.Id}/promise-changes"));
    }

    [Fact]
    public async Task The_job_dashboard_answers_an_admin_without_an_error()
    {
        using var admin = await SignedInAsync("admin");

        var stats = await admin.GetAsync("/hangfire/stats");

        Assert.True((int)stats.StatusCode < 500, $"got {(int)stats.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }
}
