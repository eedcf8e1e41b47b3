using Crm.Domain.Catalog;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Domain.Sales;

/// <param name="Price">What the line sells at; a converted quote's line keeps the quote's price and discount.</param>
/// <param name="RequestedDeliveryDate">When this line is wanted, if not when the order is.</param>
public sealed record OrderLineInput(
    ItemNumber Item, string Plant, Quantity Quantity, bool CompleteDelivery, LinePrice? Price = null, DateOnly? RequestedDeliveryDate = null);

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
        RequestedDeliveryDate = input.RequestedDeliveryDate;
        var price = input.Price ?? LinePrice.None;
        UnitPrice = price.UnitPrice;
        DiscountPercent = price.DiscountPercent;
        PriceSource = price.Source;
        PriceListId = price.PriceListId;
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public bool CompleteDelivery { get; private set; }

    /// <summary>When this line is wanted, if not when the order is.</summary>
    public DateOnly? RequestedDeliveryDate { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal DiscountPercent { get; private set; }

    public PriceSource PriceSource { get; private set; }

    public PriceListId? PriceListId { get; private set; }

    public LinePrice Price => new(UnitPrice, DiscountPercent, PriceSource, PriceListId);

    /// <summary>The line's value at its price, rounded by the money rule and kept; nothing once cancelled.</summary>
    public decimal NetAmount { get; private set; }

    internal void Revalue(string currency) => NetAmount = Cancelled ? 0 : Price.NetAmount(Quantity, currency);

    public ShortfallReason? Shortfall { get; private set; }

    /// <summary>The order desk set this line's promise by hand.</summary>
    public bool ManualPromise { get; private set; }

    /// <summary>What the ERP has shipped of this line; no change may take the line below it.</summary>
    public decimal ShippedQuantity { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>Since when backorder processing has given this line a worse promise than the customer held; cleared
    /// once the rep has told the customer (<see cref="AcknowledgeRisk"/>).</summary>
    public DateTimeOffset? AtRiskSince { get; private set; }

    /// <summary>What the line still has to deliver.</summary>
    public decimal OpenQuantity => Quantity - ShippedQuantity;

    public IReadOnlyList<ScheduleLine> ScheduleLines => _scheduleLines;

    public decimal ConfirmedQuantity => _scheduleLines.Sum(s => s.Quantity);

    internal IReadOnlyList<PromisedPart> Promised() =>
        [.. _scheduleLines.Select(s => new PromisedPart(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))];

    internal void PromiseByHand(IReadOnlyList<ScheduleLinePromise> scheduleLines)
    {
        if (scheduleLines.Count == 0)
            throw new DomainRuleException("promise.empty", "A manual promise needs at least one schedule line.", "scheduleLines");
        if (scheduleLines.Sum(s => s.Quantity) > OpenQuantity)
            throw new DomainRuleException("promise.exceeds_line",
                ShippedQuantity > 0
                    ? $"Line {LineNumber} has {OpenQuantity} still to deliver ({ShippedQuantity} of {Quantity} shipped); a promise cannot be for more."
                    : $"Line {LineNumber} is for {Quantity}; a promise cannot be for more.",
                "scheduleLines");
        Replace(scheduleLines);
        Shortfall = null;
        ManualPromise = true;
    }

    internal void ChangeQuantity(decimal quantity)
    {
        if (quantity < ShippedQuantity)
            throw new DomainRuleException("line.below_shipped", $"Line {LineNumber} has {ShippedQuantity} shipped already; it cannot drop below that.", "quantity");
        Quantity = quantity;
        // Less: the latest commitments go first, so the customer keeps the earliest dates. The schedule lines promise
        // what is still open, so what has shipped is not theirs to give up.
        var excess = ConfirmedQuantity - (quantity - ShippedQuantity);
        for (var i = _scheduleLines.Count - 1; i >= 0 && excess > 0; i--)
        {
            var line = _scheduleLines[i];
            var freed = Math.Min(excess, line.Quantity);
            _scheduleLines.RemoveAt(i);
            if (line.Quantity > freed)
                _scheduleLines.Insert(i, new ScheduleLine(ItemNumber, Plant, line.Quantity - freed, line.MaterialAvailabilityDate, line.ShipDate, line.DeliveryDate));
            excess -= freed;
        }
        if (ConfirmedQuantity == OpenQuantity) Shortfall = null;
    }

    /// <summary>The ERP has shipped this much of the line in all. What left came out of the earliest schedule lines:
    /// they stop counting as demand for it, as the ERP's stock stops counting it as supply.</summary>
    internal void RecordShipped(decimal total)
    {
        if (total < 0)
            throw new DomainRuleException("line.shipped_negative", $"Line {LineNumber} cannot have shipped a negative quantity.", "quantity");
        var newlyShipped = total - ShippedQuantity;
        ShippedQuantity = total;
        var ordered = _scheduleLines.OrderBy(s => s.MaterialAvailabilityDate).ThenBy(s => s.DeliveryDate).ToList();
        foreach (var line in ordered)
        {
            if (newlyShipped <= 0) break;
            var taken = Math.Min(newlyShipped, line.Quantity);
            newlyShipped -= taken;
            if (taken == line.Quantity) _scheduleLines.Remove(line);
            else line.Become(line.Quantity - taken, line.MaterialAvailabilityDate, line.ShipDate, line.DeliveryDate);
        }
        // Nothing more will ship on this line, so nothing may stay committed to it: demand is read from the schedule
        // lines alone (see SalesOrder.CommittedStatuses).
        if (OpenQuantity <= 0) _scheduleLines.Clear();
        if (ConfirmedQuantity >= OpenQuantity) Shortfall = null;
    }

    /// <summary>More is promised on top of what this line holds already.</summary>
    internal void AddPromise(LinePromise extra)
    {
        foreach (var s in extra.ScheduleLines)
        {
            var same = _scheduleLines.FindIndex(l => l.MaterialAvailabilityDate == s.MaterialAvailabilityDate);
            var quantity = s.Quantity + (same >= 0 ? _scheduleLines[same].Quantity : 0m);
            if (same >= 0) _scheduleLines.RemoveAt(same);
            _scheduleLines.Add(new ScheduleLine(ItemNumber, Plant, quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate));
        }
        _scheduleLines.Sort((a, b) => a.MaterialAvailabilityDate.CompareTo(b.MaterialAvailabilityDate));
        Shortfall = ConfirmedQuantity < OpenQuantity ? extra.Shortfall : null;
    }

    internal void Cancel()
    {
        if (ShippedQuantity > 0)
            throw new DomainRuleException("line.shipped", $"Line {LineNumber} has {ShippedQuantity} shipped already; reduce it to that instead.");
        _scheduleLines.Clear();
        Shortfall = null;
        Cancelled = true;
        AtRiskSince = null;
    }

    /// <summary>Nothing more will ship: a line that shipped nothing is cancelled, one that shipped part comes down to
    /// what shipped.</summary>
    internal void CloseUnshipped()
    {
        if (ShippedQuantity == 0)
        {
            Cancel();
            return;
        }
        Quantity = ShippedQuantity;
        _scheduleLines.Clear();
        Shortfall = null;
        AtRiskSince = null;
    }

    internal void MarkAtRisk(DateTimeOffset now) => AtRiskSince ??= now;

    internal void AcknowledgeRisk() => AtRiskSince = null;

    internal LinePromise CurrentPromise() =>
        new(ItemNumber, Plant, OpenQuantity,
            [.. _scheduleLines.Select(s => new ScheduleLinePromise(s.Quantity, s.MaterialAvailabilityDate, s.ShipDate, s.DeliveryDate))],
            Shortfall);

    internal LineRequest ToRequest() => new(ItemNumber, Plant, OpenQuantity, CompleteDelivery, RequestedDeliveryDate);

    internal void ApplyPromise(LinePromise promise)
    {
        if (promise.ItemNumber != ItemNumber || promise.Plant != Plant || promise.RequestedQuantity != OpenQuantity)
            throw new DomainRuleException("promise.mismatch", $"The promise does not belong to line {LineNumber}.");
        Replace(promise.ScheduleLines);
        Shortfall = promise.Shortfall;
        ManualPromise = false;
    }

    /// <summary>The schedule lines become these. Existing ones are reused in order, so that a moved promise is an
    /// update of what is stored rather than a delete and an insert.</summary>
    private void Replace(IReadOnlyList<ScheduleLinePromise> promised)
    {
        for (var i = 0; i < promised.Count; i++)
        {
            var (quantity, material, ship, delivery) = (promised[i].Quantity, promised[i].MaterialAvailabilityDate, promised[i].ShipDate, promised[i].DeliveryDate);
            if (i < _scheduleLines.Count) _scheduleLines[i].Become(quantity, material, ship, delivery);
            else _scheduleLines.Add(new ScheduleLine(ItemNumber, Plant, quantity, material, ship, delivery));
        }
        if (_scheduleLines.Count > promised.Count) _scheduleLines.RemoveRange(promised.Count, _scheduleLines.Count - promised.Count);
    }
}
