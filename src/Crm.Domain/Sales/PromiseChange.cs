using Crm.Domain.Common;

namespace Crm.Domain.Sales;

public enum PromiseChangeKind
{
    /// <summary>The order desk set the promise by hand.</summary>
    ManualOverride,

    /// <summary>The line's quantity changed: less frees the latest schedule lines, more is promised on top.</summary>
    QuantityChanged,

    /// <summary>The order's requested delivery date changed and its lines were promised again.</summary>
    DateChanged,

    LineCancelled,

    OrderCancelled,

    /// <summary>Backorder processing promised the line again after its product's supply or demand changed.</summary>
    Repromised,
}

/// <summary>A schedule line as it was or became, for the record.</summary>
public sealed record PromisedPart(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate)
{
    internal static PromisedPart From(Promising.ScheduleLinePromise line) =>
        new(line.Quantity, line.MaterialAvailabilityDate, line.ShipDate, line.DeliveryDate);
}

/// <summary>Who changed which line's promise, when, why, and from what to what. Never changed afterwards.</summary>
public sealed class PromiseChange
{
    private PromiseChange()
    {
        ItemNumber = Reason = ChangedBy = "";
        Before = After = [];
    }

    internal PromiseChange(
        SalesOrderId salesOrderId, int lineNumber, string itemNumber, PromiseChangeKind kind, IReadOnlyList<PromisedPart> before,
        IReadOnlyList<PromisedPart> after, ChangeContext context)
    {
        SalesOrderId = salesOrderId;
        LineNumber = lineNumber;
        ItemNumber = itemNumber;
        Kind = kind;
        Before = before;
        After = after;
        Reason = context.Reason;
        ChangedBy = context.By;
        ChangedAt = context.Now;
    }

    public long Id { get; private set; }

    public SalesOrderId SalesOrderId { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public PromiseChangeKind Kind { get; private set; }

    public IReadOnlyList<PromisedPart> Before { get; private set; }

    public IReadOnlyList<PromisedPart> After { get; private set; }

    public string Reason { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
