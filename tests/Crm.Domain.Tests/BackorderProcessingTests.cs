using CsCheck;
using Crm.Domain.Common;
using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>Backorder processing on one product: what the customers of its open orders hold after supply moved.</summary>
public sealed class BackorderProcessingTests
{
    private static readonly ProductKey Key = new("A", "P1");
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Promises_keep_their_dates_while_the_supply_still_covers_them()
    {
        // 30 on hand and 20 more on the 10th; the orders hold 20 now and 20 on the 10th. The production order slips
        // by two days: only the commitment it covered moves, to its new date.
        var before = Commitments(Given(1, tier: 0, 20, (20, 1)), Given(2, tier: 0, 20, (10, 1), (10, 10)));

        var moved = Run([OnHand(30), Production(12, 20)], before);

        var line = Assert.Single(moved);
        Assert.Equal(2, line.Key.OrderId);
        Assert.Equal([(10m, March(1)), (10m, March(12))], Parts(line.Promise));
        Assert.True(line.Worse);
    }

    [Fact]
    public void When_supply_is_cut_the_better_tier_keeps_its_promise_and_the_other_waits()
    {
        // Stock written off from 20 to 12: the tier-1 customer confirmed later but keeps its 10; the tier-2 customer's
        // 10 shrink to what is left, the rest on the next production order.
        var commitments = Commitments(Given(1, tier: 2, 10, (10, 1)), Given(2, tier: 1, 10, (10, 1)));

        var moved = Run([OnHand(12), Production(15, 50)], commitments);

        var line = Assert.Single(moved);
        Assert.Equal(1, line.Key.OrderId);
        Assert.Equal([(2m, March(1)), (8m, March(15))], Parts(line.Promise));
    }

    [Fact]
    public void Within_a_tier_the_earlier_confirmation_is_served_first()
    {
        var commitments = Commitments(Given(1, tier: 1, 10, (10, 1)), Given(2, tier: 1, 10, (10, 1)) with { Priority = new(1, Monday.AddMinutes(-5)) });

        var moved = Run([OnHand(10)], commitments);

        var line = Assert.Single(moved);
        Assert.Equal(1, line.Key.OrderId);
        Assert.Empty(line.Promise.ScheduleLines);
        Assert.Equal(ShortfallReason.NoSupplyWithinHorizon, line.Promise.Shortfall);
    }

    [Fact]
    public void Freed_supply_pulls_a_backorder_earlier_when_pulling_forward_is_on()
    {
        // Order 1 was cancelled, so the 10 on hand are free again; order 2 waits for the 15th.
        var commitments = Commitments(Given(2, tier: 1, 10, (10, 15)));

        var pulled = Assert.Single(Run([OnHand(10), Production(15, 10)], commitments));
        var kept = Run([OnHand(10), Production(15, 10)], commitments, pullForward: false);

        Assert.Equal([(10m, March(1))], Parts(pulled.Promise));
        Assert.False(pulled.Worse);
        Assert.Empty(kept);
    }

    [Fact]
    public void An_unconfirmed_remainder_is_confirmed_on_top_without_moving_the_dates_held()
    {
        // 5 of 10 were confirmed on the 1st and 5 never; a new purchase order arrives on the 8th.
        var commitments = Commitments(Given(1, tier: 1, 10, (5, 1)));

        var line = Assert.Single(Run([OnHand(5), Po(8, 20)], commitments, pullForward: false));

        Assert.Equal([(5m, March(1)), (5m, March(8))], Parts(line.Promise));
        Assert.Null(line.Promise.Shortfall);
    }

    [Fact]
    public void A_manual_promise_stands_and_the_others_make_room_for_it()
    {
        var manual = Given(1, tier: 3, 10, (10, 1)) with { Fixed = true };
        var commitments = Commitments(manual, Given(2, tier: 0, 10, (10, 1)));

        var line = Assert.Single(Run([OnHand(10), Production(9, 10)], commitments));

        Assert.Equal(2, line.Key.OrderId);
        Assert.Equal([(10m, March(9))], Parts(line.Promise));
    }

    [Fact]
    public void A_complete_delivery_line_moves_whole_to_the_first_date_that_has_all_of_it()
    {
        var whole = Given(1, tier: 1, 20, (20, 1)) with { Whole = true };

        var line = Assert.Single(Run([OnHand(15), Po(5, 3), Production(10, 10)], Commitments(whole)));

        Assert.Equal([(20m, March(10))], Parts(line.Promise));
    }

    [Fact]
    public void Nothing_changes_when_the_supply_did_not() =>
        Gen.Select(Gen.Int[0, 40], Gen.Int[1, 30].Array[1, 8]).Sample((onHand, quantities) =>
        {
            // Promise the orders one after the other, as confirmations do, then process them again unchanged.
            var supply = new[] { OnHand(onHand), Production(10, 50), Po(20, 40) };
            var commitments = PromiseInTurn(supply, quantities);
            return Run(supply, commitments).Count == 0;
        });

    [Fact]
    public void After_processing_no_date_is_promised_beyond_the_supply_and_every_line_holds_at_most_its_quantity() =>
        Gen.Select(Gen.Int[0, 40], Gen.Int[1, 30].Array[1, 8], Gen.Int[0, 40], Gen.Int[0, 20], Gen.Bool)
            .Sample((onHand, quantities, newOnHand, slip, pullForward) =>
            {
                var commitments = PromiseInTurn([OnHand(onHand), Production(10, 50), Po(20, 40)], quantities);
                SupplyEvent[] changed = [OnHand(newOnHand), Production(10 + slip, 30), Po(20, 40)];

                var moved = Run(changed, commitments, pullForward).ToDictionary(m => m.Key, m => m.Promise.ScheduleLines);
                var held = commitments.SelectMany(c => moved.GetValueOrDefault(c.Key, c.Current)).ToList();

                var fits = Enumerable.Range(0, 60).Select(d => March(1).AddDays(d)).All(date =>
                    held.Where(s => s.MaterialAvailabilityDate <= date).Sum(s => s.Quantity)
                    <= changed.Where(s => s.Date <= date).Sum(s => s.Quantity));
                return fits && commitments.All(c => moved.GetValueOrDefault(c.Key, c.Current).Sum(s => s.Quantity) <= c.OpenQuantity);
            });

    private static IReadOnlyList<RepromisedLine> Run(SupplyEvent[] supply, IReadOnlyList<OpenCommitment> commitments, bool pullForward = true) =>
        BackorderProcessing.Run(new ProductAvailability(Key, P1(), supply, [], 0), Today, commitments, pullForward);

    private static List<OpenCommitment> PromiseInTurn(SupplyEvent[] supply, int[] quantities)
    {
        var commitments = new List<OpenCommitment>();
        for (var i = 0; i < quantities.Length; i++)
        {
            var demand = commitments.SelectMany(c => c.Current).Select(s => new DemandEvent(s.MaterialAvailabilityDate, s.Quantity)).ToList();
            var product = new Dictionary<ProductKey, ProductAvailability> { [Key] = new(Key, P1(), supply, demand, 0) };
            var line = Promise(product, March(1), lines: Line("A", quantities[i])).Lines.Single();
            commitments.Add(new OpenCommitment(
                new CommitmentKey(i + 1, 1), new CommitmentPriority(1, Monday.AddMinutes(i)), quantities[i], false, false, Schedule(), line.ScheduleLines));
        }
        return commitments;
    }

    private static OpenCommitment Given(long orderId, int tier, decimal quantity, params (decimal Quantity, int MarchDay)[] held) =>
        new(new CommitmentKey(orderId, 1), new CommitmentPriority(tier, Monday.AddMinutes(orderId)), quantity, false, false, Schedule(),
            [.. held.Select(h => Schedule().Line(h.Quantity, March(h.MarchDay)))]);

    private static List<OpenCommitment> Commitments(params OpenCommitment[] commitments) => [.. commitments];

    private static DeliverySchedule Schedule() => new(P1(), Today, March(1), 0);
}
