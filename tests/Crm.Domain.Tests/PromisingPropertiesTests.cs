using CsCheck;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>The invariants of DESIGN.md §4 on random timelines.</summary>
public sealed class PromisingPropertiesTests
{
    private static readonly ProductKey Key = new("X", "P1");

    private static readonly Gen<SupplyEvent[]> Supplies =
        Gen.Select(Gen.Int[-5, 60], Gen.Int[1, 100], (day, qty) => new SupplyEvent(Today.AddDays(day), qty, SupplySource.OnHand))
            .Array[0, 12];

    private static readonly Gen<(int Offset, int Quantity, bool Complete)[]> Requests =
        Gen.Select(Gen.Int[-3, 70], Gen.Int[1, 120], Gen.Bool).Array[1, 10];

    [Fact]
    public void ATP_never_decreases_with_the_date() =>
        Gen.Select(Supplies, Gen.Select(Gen.Int[-5, 60], Gen.Int[1, 80]).Array[0, 10], Gen.Int[0, 15])
            .Sample((supply, demand, rlt) =>
            {
                var product = new ProductAvailability(Key, P1(), supply, [.. demand.Select(d => new DemandEvent(Today.AddDays(d.Item1), d.Item2))], rlt);
                var timeline = PromisingEngine.TimelineFor(product, Today);
                var atp = Enumerable.Range(0, 90).Select(d => timeline.AvailableOn(Today.AddDays(d))).ToArray();
                return atp.Zip(atp.Skip(1)).All(p => p.First <= p.Second) && atp.All(a => a >= 0);
            });

    [Fact]
    public void Successive_confirmations_never_promise_more_than_the_supply_before_the_RLT_date() =>
        Gen.Select(Supplies, Requests, Gen.Int[0, 15]).Sample((supply, requests, rltDays) =>
        {
            var demand = new List<DemandEvent>();
            foreach (var (offset, quantity, complete) in requests)
            {
                var product = new ProductAvailability(Key, P1(), supply, [.. demand], rltDays);
                var line = PromisingEngine.Promise(
                    new PromiseRequest(Today, Today.AddDays(offset), 0, false, [new LineRequest("X", "P1", quantity, complete)]),
                    new Dictionary<ProductKey, ProductAvailability> { [Key] = product }).Lines.Single();

                if (line.ConfirmedQuantity > quantity || line.ScheduleLines.Any(s => s.Quantity <= 0)) return false;
                if (complete && line.ScheduleLines.Count > 1) return false;
                demand.AddRange(line.ScheduleLines.Select(s => new DemandEvent(s.MaterialAvailabilityDate, s.Quantity)));
            }

            DateOnly? rltDate = rltDays > 0 ? P1().AddWorkingDays(Today, rltDays) : null;
            for (var t = Today; t <= Today.AddDays(80); t = t.AddDays(1))
            {
                if (rltDate is { } r && t >= r) break;
                var supplied = supply.Where(s => s.Date <= t).Sum(s => s.Quantity);
                var committed = demand.Where(d => d.Date <= t).Sum(d => d.Quantity);
                if (committed > supplied) return false;
            }
            return true;
        });

    [Fact]
    public void Lines_of_one_order_together_never_promise_more_than_the_supply_before_the_RLT_date() =>
        Gen.Select(Supplies, Requests, Gen.Int[0, 15], Gen.Select(Gen.Int[-5, 60], Gen.Int[1, 40]).Array[0, 6]).Sample((supply, requests, rltDays, given) =>
        {
            // Existing commitments made through the engine, so they are feasible to begin with.
            var demand = new List<DemandEvent>();
            foreach (var (offset, quantity) in given)
            {
                var earlier = PromisingEngine.Promise(
                    new PromiseRequest(Today, Today.AddDays(Math.Max(0, offset)), 0, false, [new LineRequest("X", "P1", quantity)]),
                    new Dictionary<ProductKey, ProductAvailability> { [Key] = new(Key, P1(), supply, [.. demand], rltDays) });
                demand.AddRange(earlier.Lines.Single().ScheduleLines.Select(l => new DemandEvent(l.MaterialAvailabilityDate, l.Quantity)));
            }

            var order = PromisingEngine.Promise(
                new PromiseRequest(Today, null, 0, false, [.. requests.Select(r => new LineRequest("X", "P1", r.Quantity, r.Complete))]),
                new Dictionary<ProductKey, ProductAvailability> { [Key] = new(Key, P1(), supply, [.. demand], rltDays) });
            demand.AddRange(order.Lines.SelectMany(l => l.ScheduleLines).Select(l => new DemandEvent(l.MaterialAvailabilityDate, l.Quantity)));

            DateOnly? rltDate = rltDays > 0 ? P1().AddWorkingDays(Today, rltDays) : null;
            for (var t = Today; t <= Today.AddDays(80) && (rltDate is null || t < rltDate); t = t.AddDays(1))
            {
                if (demand.Where(d => d.Date <= t).Sum(d => d.Quantity) > supply.Where(s => s.Date <= t).Sum(s => s.Quantity)) return false;
            }
            return order.Lines.All(l => l.ConfirmedQuantity <= l.RequestedQuantity);
        });

    [Fact]
    public void A_check_changes_nothing_and_gives_the_same_answer_twice() =>
        Gen.Select(Supplies, Requests).Sample((supply, requests) =>
        {
            var products = new Dictionary<ProductKey, ProductAvailability> { [Key] = new(Key, P1(), supply, [], 4) };
            var request = new PromiseRequest(Today, null, 2, false, [.. requests.Select(r => new LineRequest("X", "P1", r.Quantity, r.Complete))]);

            var first = PromisingEngine.Promise(request, products);
            var second = PromisingEngine.Promise(request, products);

            return products[Key].Demand.Count == 0
                && first.Lines.Zip(second.Lines).All(p => p.First.ScheduleLines.SequenceEqual(p.Second.ScheduleLines))
                && first.Lines.All(l => l.ScheduleLines.Sum(s => s.Quantity) == l.ConfirmedQuantity);
        });
}
