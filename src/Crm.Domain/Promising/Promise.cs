namespace Crm.Domain.Promising;

public enum PromiseStatus { Full, Partial, None }

/// <summary>Why part of a line could not be confirmed.</summary>
public enum ShortfallReason
{
    /// <summary>Supply never catches up within the horizon and the item has no replenishment lead time.</summary>
    NoSupplyWithinHorizon,

    /// <summary>The line asks for complete delivery and no date has the whole quantity.</summary>
    CompleteDeliveryNotPossible,

    /// <summary>The order ships complete and another line cannot be delivered in full.</summary>
    ShipCompleteBlocked,
}

public sealed record ScheduleLinePromise(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

public sealed record LinePromise(
    string ItemNumber,
    string Plant,
    decimal RequestedQuantity,
    IReadOnlyList<ScheduleLinePromise> ScheduleLines,
    ShortfallReason? Shortfall)
{
    public decimal ConfirmedQuantity => ScheduleLines.Sum(s => s.Quantity);

    /// <summary>This promise with more confirmed on top; schedule lines on the same date are one.</summary>
    public LinePromise Plus(LinePromise extra)
    {
        var lines = ScheduleLines.Concat(extra.ScheduleLines)
            .GroupBy(s => s.MaterialAvailabilityDate)
            .Select(g => g.First() with { Quantity = g.Sum(s => s.Quantity) })
            .OrderBy(s => s.MaterialAvailabilityDate);
        return this with { ScheduleLines = [.. lines], Shortfall = extra.Shortfall };
    }

    public PromiseStatus Status =>
        ConfirmedQuantity == 0m ? PromiseStatus.None
        : ConfirmedQuantity < RequestedQuantity ? PromiseStatus.Partial
        : PromiseStatus.Full;
}

/// <param name="AnsweredForDeliveryDate">The delivery date the promise was made for, when the requested one is not a
/// day the customer receives goods.</param>
public sealed record OrderPromise(DateOnly Today, IReadOnlyList<LinePromise> Lines, DateOnly? AnsweredForDeliveryDate = null);
