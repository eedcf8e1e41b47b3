using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Domain.Orders;

public sealed record OrderLineInput(ItemNumber Item, string Plant, Quantity Quantity, bool CompleteDelivery);

public sealed class SalesOrderLine
{
    private readonly List<ScheduleLine> _scheduleLines = [];

    private SalesOrderLine()
    {
        ItemNumber = Plant = "";
    }

    internal SalesOrderLine(int lineNumber, OrderLineInput input)
    {
        LineNumber = lineNumber;
        ItemNumber = input.Item.Value;
        Plant = input.Plant;
        Quantity = input.Quantity.Value;
        CompleteDelivery = input.CompleteDelivery;
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public bool CompleteDelivery { get; private set; }

    public ShortfallReason? Shortfall { get; private set; }

    /// <summary>The order desk set this line's promise by hand.</summary>
    public bool ManualPromise { get; private set; }

    public IReadOnlyList<ScheduleLine> ScheduleLines => _scheduleLines;

    public decimal ConfirmedQuantity => _scheduleLines.Sum(s => s.Quantity);

    internal IReadOnlyList<PromisedPart> Promised() =>
        [.. _scheduleLines.Select(s => new PromisedPart(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))];

    internal void PromiseByHand(IReadOnlyList<ScheduleLinePromise> scheduleLines)
    {
        if (scheduleLines.Count == 0)
            throw new DomainRuleException("promise.empty", "A manual promise needs at least one schedule line.", "scheduleLines");
        if (scheduleLines.Sum(s => s.Quantity) > Quantity)
            throw new DomainRuleException("promise.exceeds_line", $"Line {LineNumber} is for {Quantity}; a promise cannot be for more.", "scheduleLines");
        _scheduleLines.Clear();
        _scheduleLines.AddRange(scheduleLines.Select(s =>
            new ScheduleLine(ItemNumber, Plant, s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate)));
        Shortfall = null;
        ManualPromise = true;
    }

    internal LineRequest ToRequest() => new(ItemNumber, Plant, Quantity, CompleteDelivery);

    internal void ApplyPromise(LinePromise promise)
    {
        if (promise.ItemNumber != ItemNumber || promise.Plant != Plant || promise.RequestedQuantity != Quantity)
            throw new DomainRuleException("promise.mismatch", $"The promise does not belong to line {LineNumber}.");
        _scheduleLines.Clear();
        _scheduleLines.AddRange(promise.ScheduleLines.Select(s =>
            new ScheduleLine(ItemNumber, Plant, s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate)));
        Shortfall = promise.Shortfall;
    }
}
