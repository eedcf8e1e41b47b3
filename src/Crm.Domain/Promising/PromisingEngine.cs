using Crm.Domain.Common;

namespace Crm.Domain.Promising;

/// <summary>
/// Confirms requested quantities against available-to-promise (DESIGN.md §4). Pure: it reads the
/// availability it is given and answers; the caller decides whether to store the answer as demand.
/// </summary>
public static class PromisingEngine
{
    public static OrderPromise Promise(PromiseRequest request, IReadOnlyDictionary<ProductKey, ProductAvailability> availability)
    {
        // Lines of one order for the same product consume each other, in line order.
        var timelines = new Dictionary<ProductKey, AvailabilityTimeline>();
        var linesLeft = request.Lines.CountBy(l => new ProductKey(l.ItemNumber, l.Plant)).ToDictionary();
        var promises = new List<LinePromise>(request.Lines.Count);
        var schedules = new List<DeliverySchedule>(request.Lines.Count);

        foreach (var line in request.Lines)
        {
            var key = new ProductKey(line.ItemNumber, line.Plant);
            if (!availability.TryGetValue(key, out var product))
                throw new DomainRuleException("item.unknown", $"Item {line.ItemNumber} is not known at plant {line.Plant}.", "itemNumber");
            if (line.Quantity <= 0)
                throw new DomainRuleException("quantity.not_positive", "A quantity must be greater than zero.", "quantity");

            var schedule = new DeliverySchedule(
                product.Calendar, request.Today, line.RequestedDeliveryDate ?? request.RequestedDeliveryDate, request.TransitDays, request.ReceivingDays);
            if (!timelines.TryGetValue(key, out var timeline)) timeline = TimelineFor(product, request.Today);
            var promise = line.CompleteDelivery || request.ShipComplete
                ? ConfirmComplete(line, timeline, schedule)
                : ConfirmPartial(line, timeline, schedule);

            // Only a later line of the same product needs to see this one's commitments.
            if (--linesLeft[key] > 0)
                timelines[key] = timeline.WithDemand(promise.ScheduleLines.Select(s => new DemandEvent(s.MaterialAvailabilityDate, s.Quantity)));
            promises.Add(promise);
            schedules.Add(schedule);
        }

        return new OrderPromise(request.Today, request.ShipComplete ? ShipTogether(promises, schedules) : promises,
            schedules.Select(s => s.AnsweredForDeliveryDate).FirstOrDefault(d => d is not null));
    }

    public static AvailabilityTimeline TimelineFor(ProductAvailability product, DateOnly today)
    {
        DateOnly? replenishment = product.ReplenishmentLeadDays > 0
            ? product.Calendar.AddWorkingDays(today, product.ReplenishmentLeadDays)
            : null;
        return AvailabilityTimeline.Build(today, product.Supply, product.Demand, replenishment);
    }

    internal static LinePromise ConfirmPartial(LineRequest line, AvailabilityTimeline timeline, DeliverySchedule schedule)
    {
        var start = schedule.RequestedMaterialDate;
        var parts = new List<(DateOnly Date, decimal Quantity)>();
        var confirmed = Math.Min(line.Quantity, timeline.AvailableOn(start));
        if (confirmed > 0) parts.Add((start, confirmed));

        if (confirmed < line.Quantity)
        {
            foreach (var rise in timeline.RisesAfter(start))
            {
                var cumulative = Math.Min(line.Quantity, timeline.AvailableOn(rise));
                if (cumulative <= confirmed) continue;
                var date = schedule.MaterialDateOnOrAfter(rise);
                if (parts.Count > 0 && parts[^1].Date == date)
                    parts[^1] = (date, parts[^1].Quantity + cumulative - confirmed);
                else
                    parts.Add((date, cumulative - confirmed));
                confirmed = cumulative;
                if (confirmed == line.Quantity) break;
            }
        }

        return new LinePromise(
            line.ItemNumber, line.Plant, line.Quantity,
            [.. parts.Select(p => schedule.Line(p.Quantity, p.Date))],
            confirmed < line.Quantity ? ShortfallReason.NoSupplyWithinHorizon : null);
    }

    internal static LinePromise ConfirmComplete(LineRequest line, AvailabilityTimeline timeline, DeliverySchedule schedule)
    {
        var start = schedule.RequestedMaterialDate;
        foreach (var date in timeline.RisesAfter(start).Prepend(start))
        {
            if (timeline.AvailableOn(date) < line.Quantity) continue;
            var material = schedule.MaterialDateOnOrAfter(date);
            return new LinePromise(line.ItemNumber, line.Plant, line.Quantity, [schedule.Line(line.Quantity, material)], null);
        }
        return new LinePromise(line.ItemNumber, line.Plant, line.Quantity, [], ShortfallReason.CompleteDeliveryNotPossible);
    }

    /// <summary>Every line of a ship-complete order leaves together, at the latest of the lines' complete dates.
    /// Moving a feasible commitment later never breaks another, so the later date is safe for every line.</summary>
    internal static List<LinePromise> ShipTogether(List<LinePromise> promises, List<DeliverySchedule> schedules)
    {
        if (promises.Any(p => p.Status != PromiseStatus.Full))
        {
            return [.. promises.Select(p => p with
            {
                ScheduleLines = [],
                Shortfall = p.Shortfall ?? ShortfallReason.ShipCompleteBlocked,
            })];
        }

        var together = promises.Max(p => p.ScheduleLines[0].MaterialAvailabilityDate);
        return [.. promises.Select((p, i) => p with
        {
            ScheduleLines = [schedules[i].Line(p.RequestedQuantity, schedules[i].MaterialDateOnOrAfter(together))],
        })];
    }
}
