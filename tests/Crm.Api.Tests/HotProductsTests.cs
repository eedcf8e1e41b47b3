using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using Crm.Testing;

namespace Crm.Api.Tests;

public sealed class HotProductsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Two_hundred_orders_confirmed_at_once_through_two_processes_never_promise_beyond_supply()
    {
        await ErpHoldsAsync(HotProducts.Dataset);
        await using var secondProcess = await CrmApiProcess.StartAsync(Fixture.Settings);
        using var here = await SignedInAsync("sales");
        using var there = await Http.SignInAsync(secondProcess, "orderdesk");
        var orders = await HotProducts.CreateOrdersAsync(here);

        var confirmations = await Task.WhenAll(orders.Select((o, i) =>
            (i % 2 == 0 ? here : there).PostAsync<ConfirmOrderResponse>($"/api/orders/{o.Order.Id}/confirm", null)));

        HotProducts.AssertPromisedWithinSupply(orders, confirmations);
    }
}
