namespace Crm.Domain.Promising;

/// <summary>
/// Re-confirms the open commitments of one product after its supply changed, or after commitments were released
/// (DESIGN.md §4). In priority order, each commitment keeps its schedule lines while supply still allows them,
/// and is promised again from its requested date only when it cannot be met. Then, again in priority order, a short line
/// is confirmed further where supply allows; with <c>pullForward</c>, a line short or later than asked is offered
/// whatever the others left, and may move earlier.
/// </summary>
public static class BackorderProcessing
{
    /// <param name="product">The product's supply; its <see cref="ProductAvailability.Demand"/> must hold no
    /// commitment that is passed in <paramref name="commitments"/> (other demand, if any, is kept as it is).</param>
    /// <returns>Every commitment whose promise changed, with its new promise.</returns>
    public static IReadOnlyList<RepromisedLine> Run(
        ProductAvailability product, DateOnly today, IReadOnlyList<OpenCommitment> commitments, bool pullForward)
    {
        var timeline = PromisingEngine.TimelineFor(product, today);
        // The order desk's own promises stand first, whatever they cost the others.
        timeline = timeline.WithDemand(commitments.Where(c => c.Fixed).SelectMany(c => c.Current).Select(AsDemand));

        var queue = commitments.Where(c => !c.Fixed)
            .OrderBy(c => c.Priority).ThenBy(c => c.Key.OrderId).ThenBy(c => c.Key.LineNumber)
            .ToList();
        var promised = new Dictionary<CommitmentKey, LinePromise>();

        foreach (var commitment in queue)
        {
            var kept = Keep(timeline, commitment.Current);
            var promise = kept is not null ? Current(product, commitment) : Confirm(product, commitment, timeline, commitment.OpenQuantity);
            timeline = kept ?? timeline.WithDemand(promise.ScheduleLines.Select(AsDemand));
            promised[commitment.Key] = promise;
        }

        foreach (var commitment in queue)
        {
            var held = promised[commitment.Key];
            if (pullForward && CanImprove(commitment, held))
            {
                // Without its own demand, the line is offered everything the others leave; the greedy promise is never
                // worse than the one it holds, which is still possible on that timeline.
                var without = timeline.WithDemand(held.ScheduleLines.Select(s => new DemandEvent(s.MaterialAvailabilityDate, -s.Quantity)));
                var better = Confirm(product, commitment, without, commitment.OpenQuantity);
                if (better.ScheduleLines.SequenceEqual(held.ScheduleLines)) continue;
                timeline = without.WithDemand(better.ScheduleLines.Select(AsDemand));
                promised[commitment.Key] = better;
            }
            else if (held.ConfirmedQuantity < commitment.OpenQuantity && !commitment.Whole)
            {
                // Dates stay where they are; only what was never confirmed is confirmed on top, if supply allows.
                var extra = Confirm(product, commitment, timeline, commitment.OpenQuantity - held.ConfirmedQuantity);
                if (extra.ConfirmedQuantity == 0) continue;
                timeline = timeline.WithDemand(extra.ScheduleLines.Select(AsDemand));
                promised[commitment.Key] = held.Plus(extra);
            }
        }

        return [.. queue
            .Where(c => !promised[c.Key].ScheduleLines.SequenceEqual(c.Current))
            .Select(c => new RepromisedLine(c.Key, promised[c.Key], PromiseComparison.IsWorse(c.Current, promised[c.Key].ScheduleLines)))];
    }

    /// <summary>The timeline with these schedule lines added, or null when one of them no longer fits.</summary>
    private static AvailabilityTimeline? Keep(AvailabilityTimeline timeline, IReadOnlyList<ScheduleLinePromise> lines)
    {
        foreach (var line in lines)
        {
            if (timeline.AvailableOn(line.MaterialAvailabilityDate) < line.Quantity) return null;
            timeline = timeline.WithDemand([AsDemand(line)]);
        }
        return timeline;
    }

    private static bool CanImprove(OpenCommitment commitment, LinePromise held) =>
        held.ConfirmedQuantity < commitment.OpenQuantity
        || held.ScheduleLines.Any(s => s.MaterialAvailabilityDate > commitment.Schedule.RequestedMaterialDate);

    private static LinePromise Confirm(ProductAvailability product, OpenCommitment commitment, AvailabilityTimeline timeline, decimal quantity)
    {
        var request = new LineRequest(product.Product.ItemNumber, product.Product.Plant, quantity, commitment.Whole);
        return commitment.Whole
            ? PromisingEngine.ConfirmComplete(request, timeline, commitment.Schedule)
            : PromisingEngine.ConfirmPartial(request, timeline, commitment.Schedule);
    }

    private static LinePromise Current(ProductAvailability product, OpenCommitment commitment)
    {
        var confirmed = commitment.Current.Sum(s => s.Quantity);
        ShortfallReason? shortfall = confirmed >= commitment.OpenQuantity ? null
            : commitment.Whole ? ShortfallReason.CompleteDeliveryNotPossible
            : ShortfallReason.NoSupplyWithinHorizon;
        return new LinePromise(product.Product.ItemNumber, product.Product.Plant, commitment.OpenQuantity, commitment.Current, shortfall);
    }

    private static DemandEvent AsDemand(ScheduleLinePromise line) => new(line.MaterialAvailabilityDate, line.Quantity);
}

/// <param name="Worse">The customer now gets something later, or less, than before: the promise is at risk.</param>
public sealed record RepromisedLine(CommitmentKey Key, LinePromise Promise, bool Worse);
