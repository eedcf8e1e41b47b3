using System.Net;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;
using ErpMock.Model;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Twenty hot products, 40 in stock and 20 more arriving on 10 March each, and 200 orders that want more
/// than that: the story of the concurrency tests.</summary>
internal static class HotProducts
{
    public const int Products = 20;
    public const int Orders = 200;
    private const decimal OnHand = 40;
    private const decimal Arriving = 20;
    private static readonly DateOnly Arrival = March(10);

    public static ErpDataset Dataset => ErpData.Dataset(
        [.. Enumerable.Range(0, Products).Select(p => Item(ItemNumber(p)))],
        [Customer("C-1")],
        [.. Enumerable.Range(0, Products).Select(p => Stock(ItemNumber(p), OnHand))],
        [.. Enumerable.Range(0, Products).Select(p => Purchase($"45{p:D3}", ItemNumber(p), Arriving, Arrival))]);

    public static async Task<IReadOnlyList<(OrderCreatedResponse Order, string Item, decimal Quantity)>> CreateOrdersAsync(HttpClient client)
    {
        var random = new Random(42);
        var orders = new List<(OrderCreatedResponse, string, decimal)>();
        for (var i = 0; i < Orders; i++)
        {
            var (item, quantity) = (ItemNumber(i % Products), (decimal)random.Next(3, 13));
            var order = await client.PostAsync<OrderCreatedResponse>("/api/orders",
                new AvailabilityRequest("C-1", null, null, false, [new(item, quantity)]), HttpStatusCode.Created);
            orders.Add((order, item, quantity));
        }
        return orders;
    }

    /// <summary>Per product: never more promised by any date than had arrived by it, and (partial deliveries being
    /// allowed) everything that existed promised to someone.</summary>
    public static void AssertPromisedWithinSupply(
        IReadOnlyList<(OrderCreatedResponse Order, string Item, decimal Quantity)> orders, IReadOnlyList<ConfirmOrderResponse> confirmations)
    {
        Assert.All(confirmations, c => Assert.Equal("Confirmed", c.Status));
        var byProduct = orders.Zip(confirmations, (o, c) => (o.Item, o.Quantity, Schedule: c.Lines.Single().ScheduleLines)).GroupBy(x => x.Item);
        foreach (var product in byProduct)
        {
            var schedule = product.SelectMany(p => p.Schedule).ToList();
            var promisedBeforeArrival = schedule.Where(s => s.MaterialAvailabilityDate < Arrival).Sum(s => s.Quantity);
            var requested = product.Sum(p => p.Quantity);
            Assert.True(promisedBeforeArrival <= OnHand, $"{product.Key}: {promisedBeforeArrival} promised before {Arrival}, {OnHand} in stock");
            Assert.Equal(Math.Min(requested, OnHand + Arriving), schedule.Sum(s => s.Quantity));
            Assert.All(product, p => Assert.True(p.Schedule.Sum(s => s.Quantity) <= p.Quantity));
        }
    }

    private static string ItemNumber(int product) => $"HOT-{product:D2}";
}
