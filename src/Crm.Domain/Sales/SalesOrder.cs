using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Domain.Sales;

/// <summary>A customer's order. Confirming it turns its lines' promises into commitments (demand).</summary>
public sealed class SalesOrder : AggregateRoot, ITeamOwned
{
    private readonly List<SalesOrderLine> _lines = [];

    private SalesOrder()
    {
        CustomerNumber = null!;
        CreatedBy = "";
    }

    public SalesOrderId Id { get; private set; }

    /// <summary>The number customers and the ERP know the order by; given once the order has its id.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The customer's number; for a prospect's order, the CRM's reference of the prospect until the ERP has
    /// created it as a customer (<see cref="AwaitsCustomerNumber"/>).</summary>
    public CustomerNumber CustomerNumber { get; private set; }

    /// <summary>The order is a prospect's: promised like any other, but the ERP hears of it only once it has created the
    /// customer and the order carries the customer's number.</summary>
    public bool AwaitsCustomerNumber { get; private set; }

    public DateOnly? RequestedDeliveryDate { get; private set; }

    public bool ShipComplete { get; private set; }

    public SalesOrderStatus Status { get; private set; }

    /// <summary>The quote this order was converted from; unique, so a quote never becomes two orders.</summary>
    public QuoteId? QuoteId { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>The customer's team when the order was entered; it moves with the customer while the order is open.</summary>
    public TeamId? TeamId { get; private set; }

    /// <summary>The customer's currency; every line's price is in it.</summary>
    public string Currency { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The "today" the current promise was computed for.</summary>
    public DateOnly? PromisedOn { get; private set; }

    public string? ErpOrderNumber { get; private set; }

    public const int MaxPurchaseOrderNumberLength = 35;

    /// <summary>The customer's own reference for the order (their purchase order number).</summary>
    public string? PurchaseOrderNumber { get; private set; }

    public string? ConfirmedBy { get; private set; }

    /// <summary>Why and since when the order waits on credit (<see cref="CreditCheck.Explain"/>).</summary>
    public DateTimeOffset? CreditHeldAt { get; private set; }

    public string? CreditHoldReason { get; private set; }

    public DateTimeOffset? CreditReleasedAt { get; private set; }

    public string? CreditReleasedBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<SalesOrderLine> Lines => _lines;

    /// <summary>The lines still wanted: what is promised, and what the ERP is told about.</summary>
    public IEnumerable<SalesOrderLine> ActiveLines => _lines.Where(l => !l.Cancelled);

    /// <summary>The open lines' value at their prices, kept by every change to the lines: the credit check sums it over
    /// a customer's open orders without reading their lines.</summary>
    public decimal NetTotal { get; private set; }

    public bool IsCommitted => CommittedStatuses.Contains(Status);

    /// <summary>A draft, or a provisional order confirmed again on fresh data.</summary>
    public bool CanConfirm => Status is SalesOrderStatus.Draft or SalesOrderStatus.Provisional;

    /// <summary>Lines, dates and the order itself may change or be cancelled until it has shipped in full.</summary>
    public bool CanChange => Status is not (SalesOrderStatus.Shipped or SalesOrderStatus.Invoiced or SalesOrderStatus.Closed or SalesOrderStatus.Cancelled);

    /// <summary>A line may be cancelled while another one stays; the last one goes with the order.</summary>
    public bool CanCancelALine => CanChange && ActiveLines.Count() > 1;

    /// <summary>Only an order that holds commitments has a promise to override.</summary>
    public bool CanPromiseByHand => CommittedStatuses.Contains(Status);

    public bool CanReleaseCreditHold => Status == SalesOrderStatus.CreditHold;

    /// <summary>The customer's PO number can be given or corrected until the order goes to the ERP.</summary>
    public bool CanSetPurchaseOrderNumber => ErpOrderNumber is null
        && Status is SalesOrderStatus.Draft or SalesOrderStatus.Provisional or SalesOrderStatus.CreditHold or SalesOrderStatus.Confirmed;

    public static SalesOrder Create(
        CustomerNumber customer, DateOnly? requestedDeliveryDate, bool shipComplete, IReadOnlyList<OrderLineInput> lines,
        DateOnly today, string createdBy, DateTimeOffset now, QuoteId? quoteId = null, TeamId? team = null, string currency = "",
        string? purchaseOrderNumber = null, bool forProspect = false)
    {
        CheckRequestedDate(requestedDeliveryDate, today, "requestedDeliveryDate");
        if (lines.Count == 0)
            throw new DomainRuleException("order.no_lines", "An order needs at least one line.", "lines");
        for (var i = 0; i < lines.Count; i++) CheckRequestedDate(lines[i].RequestedDeliveryDate, today, $"lines[{i}].requestedDeliveryDate");
        var order = new SalesOrder
        {
            CustomerNumber = customer,
            AwaitsCustomerNumber = forProspect,
            RequestedDeliveryDate = requestedDeliveryDate,
            ShipComplete = shipComplete,
            Status = SalesOrderStatus.Draft,
            QuoteId = quoteId,
            TeamId = team,
            Currency = currency,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        order.SetPurchaseOrderNumber(purchaseOrderNumber);
        order._lines.AddRange(lines.Select((l, i) => new SalesOrderLine(i + 1, l)));
        order.Revalue();
        return order;
    }

    /// <summary>The customer's purchase order number; it can be given or corrected until the order goes to the ERP.</summary>
    public void SetPurchaseOrderNumber(string? number)
    {
        number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        if (number is { Length: > MaxPurchaseOrderNumberLength })
            throw new DomainRuleException("order.po_too_long", $"A purchase order number takes at most {MaxPurchaseOrderNumberLength} characters.", "purchaseOrderNumber");
        if (!CanSetPurchaseOrderNumber)
            throw new DomainRuleException("order.po_fixed", "The order went to the ERP with its purchase order number; it can no longer change.");
        PurchaseOrderNumber = number;
    }

    /// <summary>When a line wants its goods: its own requested date, else the order's.</summary>
    public DateOnly? RequestedDateOf(SalesOrderLine line) => line.RequestedDeliveryDate ?? RequestedDeliveryDate;

    public PromiseRequest ToPromiseRequest(DateOnly today, DeliveryTerms terms) =>
        new(today, RequestedDeliveryDate, terms.TransitDays, ShipComplete, [.. ActiveLines.Select(l => l.ToRequest())], terms.ReceivingDays);

    /// <summary>A request for one line's extra quantity only, against everything already committed.</summary>
    public PromiseRequest ExtraRequest(int lineNumber, decimal extra, DateOnly today, DeliveryTerms terms)
    {
        var line = Line(lineNumber);
        return new(today, RequestedDeliveryDate, terms.TransitDays, false,
            [new LineRequest(line.ItemNumber, line.Plant, extra, RequestedDeliveryDate: line.RequestedDeliveryDate)], terms.ReceivingDays);
    }

    /// <summary>Whether more on this line can be promised on top, or the whole order must be promised again
    /// (a line or an order that must arrive in one piece).</summary>
    public bool PromisesLinesSeparately(int lineNumber) => !ShipComplete && !Line(lineNumber).CompleteDelivery;

    /// <summary>Stores the promise as this order's commitments. Provisional when the ERP data was too old to trust; on
    /// credit hold when the credit check finds the customer over the limit (promised all the same, so the goods are
    /// kept for them, but not sent to the ERP until a manager releases it).</summary>
    public void Confirm(OrderPromise promise, bool provisional, DateTimeOffset now, CreditCheck? credit = null, string? by = null)
    {
        EnsureConfirmable();
        ApplyToActiveLines(promise);
        var held = credit is { OverLimit: true };
        Status = held ? SalesOrderStatus.CreditHold : provisional ? SalesOrderStatus.Provisional : SalesOrderStatus.Confirmed;
        ConfirmedAt = now;
        ConfirmedBy = by ?? ConfirmedBy;
        PromisedOn = promise.Today;
        if (held) (CreditHeldAt, CreditHoldReason) = (now, credit!.Explain());
        Raise(new OrderConfirmed(this, provisional, held));
    }

    /// <summary>Refuses an order that cannot be confirmed before anything is promised for it.</summary>
    public void EnsureConfirmable()
    {
        if (!CanConfirm) throw new DomainRuleException("order.not_confirmable", $"An order that is {Status} cannot be confirmed again.");
    }

    /// <summary>A manager lets an order on credit hold go: it is confirmed as it was promised and goes to the ERP.</summary>
    public void ReleaseCreditHold(ChangeContext context)
    {
        if (!CanReleaseCreditHold)
            throw new DomainRuleException("order.not_on_hold", $"Only an order on credit hold can be released; this one is {Status}.");
        Status = SalesOrderStatus.Confirmed;
        (CreditReleasedAt, CreditReleasedBy) = (context.Now, context.By);
        Raise(new CreditHoldReleased(this, context));
    }

    /// <summary>Changes a line's quantity. Less frees the latest commitments at once and the change is settled; more
    /// needs promising on top (<see cref="PromiseMore"/>), or the whole order again when it must arrive in one piece
    /// (<see cref="Repromise"/>), as the answer says.</summary>
    public QuantityChangeOutcome ChangeQuantity(int lineNumber, Quantity quantity, ChangeContext context)
    {
        EnsureChangeable();
        var line = Line(lineNumber);
        var before = line.Promised();
        line.ChangeQuantity(quantity.Value);
        Revalue();
        if (!IsCommitted) return QuantityChangeOutcome.Settled;
        // A line brought down to what has shipped has nothing left to deliver: the order may be done.
        MoveOnByShipments(invoiced: false);
        if (Unpromised(lineNumber) > 0)
            return PromisesLinesSeparately(lineNumber) ? QuantityChangeOutcome.PromiseExtra : QuantityChangeOutcome.PromiseAgain;
        Moved(line, PromiseChangeKind.QuantityChanged, before, context);
        return QuantityChangeOutcome.Settled;
    }

    /// <summary>What a line still lacks to be promised in full.</summary>
    public decimal Unpromised(int lineNumber) => Math.Max(0m, Line(lineNumber).OpenQuantity - Line(lineNumber).ConfirmedQuantity);

    /// <summary>The extra quantity of a line, promised against everything already committed, is added to its promise.</summary>
    public void PromiseMore(int lineNumber, LinePromise extra, ChangeContext context)
    {
        var line = Line(lineNumber);
        var before = line.Promised();
        line.AddPromise(extra);
        Moved(line, PromiseChangeKind.QuantityChanged, before, context);
    }

    /// <summary>A new requested delivery date. A committed order is then promised again whole (<see cref="Repromise"/>).</summary>
    /// <returns>Whether the order holds commitments that must be promised again.</returns>
    public bool ChangeRequestedDate(DateOnly? requestedDeliveryDate, DateOnly today)
    {
        EnsureChangeable();
        if (requestedDeliveryDate is { } rdd && rdd < today)
            throw new DomainRuleException("order.delivery_past", "The requested delivery date cannot be in the past.", "requestedDeliveryDate");
        PlanningHorizon.Check(requestedDeliveryDate, today, "requestedDeliveryDate");
        RequestedDeliveryDate = requestedDeliveryDate;
        return IsCommitted;
    }

    private static void CheckRequestedDate(DateOnly? requested, DateOnly today, string field)
    {
        if (requested is { } date && date < today)
            throw new DomainRuleException("order.delivery_past", "The requested delivery date cannot be in the past.", field);
        PlanningHorizon.Check(requested, today, field);
    }

    /// <summary>Promises the active lines again (after a date change, or more on a line that must arrive whole),
    /// recording every line whose promise moved.</summary>
    public void Repromise(OrderPromise promise, PromiseChangeKind kind, ChangeContext context)
    {
        var before = ActiveLines.ToDictionary(l => l.LineNumber, l => l.Promised());
        if (IsCommitted) ApplyToActiveLines(promise);
        PromisedOn = promise.Today;
        foreach (var line in ActiveLines.Where(l => !before[l.LineNumber].SequenceEqual(l.Promised())))
            Moved(line, kind, before[line.LineNumber], context);
    }

    /// <summary>Backorder processing promised some of this order's lines again after their supply changed. The lines of
    /// a ship-complete order then leave together again, at the latest line's date (moving a line later never breaks
    /// another promise) or not at all. Every line that now gets less, or later, is marked at risk.</summary>
    /// <param name="schedules">Every active line's delivery schedule; needed only when the order ships complete.</param>
    /// <returns>How many lines moved.</returns>
    public int ApplyBackorderProcessing(
        IReadOnlyList<RepromisedLine> lines, Func<SalesOrderLine, DeliverySchedule> schedules, ChangeContext context)
    {
        if (!IsCommitted)
            throw new DomainRuleException("order.not_promised", $"An order that is {Status} holds no commitments to promise again.");
        var active = ActiveLines.ToList();
        var before = active.ToDictionary(l => l.LineNumber, l => l.CurrentPromise());
        foreach (var line in lines) Line(line.Key.LineNumber).ApplyPromise(line.Promise);
        if (ShipComplete && !active.Any(l => l.ManualPromise))
        {
            var together = PromisingEngine.ShipTogether([.. active.Select(l => l.CurrentPromise())], [.. active.Select(schedules)]);
            for (var i = 0; i < active.Count; i++) active[i].ApplyPromise(together[i]);
        }

        var moved = 0;
        foreach (var line in active)
        {
            var after = line.CurrentPromise();
            if (after.ScheduleLines.SequenceEqual(before[line.LineNumber].ScheduleLines)) continue;
            if (PromiseComparison.IsWorse(before[line.LineNumber].ScheduleLines, after.ScheduleLines)) line.MarkAtRisk(context.Now);
            Moved(line, PromiseChangeKind.Repromised, [.. before[line.LineNumber].ScheduleLines.Select(PromisedPart.From)], context);
            moved++;
        }
        return moved;
    }

    /// <summary>What a line holds on its product, as backorder processing weighs it.</summary>
    /// <param name="tier">The customer's tier: lower is served first.</param>
    public OpenCommitment CommitmentOf(SalesOrderLine line, int tier, DeliverySchedule schedule) =>
        new(new CommitmentKey(Id.Value, line.LineNumber), new CommitmentPriority(tier, ConfirmedAt ?? CreatedAt), line.OpenQuantity,
            line.CompleteDelivery || ShipComplete, line.ManualPromise, schedule, line.CurrentPromise().ScheduleLines);

    /// <summary>The rep has told the customer about a moved promise.</summary>
    public void AcknowledgeRisk(int lineNumber) => Line(lineNumber).AcknowledgeRisk();

    public void CancelLine(int lineNumber, ChangeContext context)
    {
        EnsureChangeable();
        var line = Line(lineNumber);
        if (ActiveLines.Count() == 1)
            throw new DomainRuleException("order.last_line", "This is the order's last line: cancel the order instead.");
        var before = line.Promised();
        line.Cancel();
        Revalue();
        Moved(line, PromiseChangeKind.LineCancelled, before, context);
    }

    /// <summary>Cancels the order and frees everything it had committed.</summary>
    public void Cancel(ChangeContext context)
    {
        EnsureChangeable();
        foreach (var line in ActiveLines.ToList())
        {
            var before = line.Promised();
            line.Cancel();
            if (before.Count > 0) Moved(line, PromiseChangeKind.OrderCancelled, before, context);
        }
        Revalue();
        Status = SalesOrderStatus.Cancelled;
        (CancelledAt, CancelledBy, CancelReason) = (context.Now, context.By, context.Reason.Length == 0 ? null : context.Reason);
    }

    /// <summary>The ERP's sales-order feed speaks of this order. Its number is taken if the answer that carried it was
    /// lost. When someone cancelled the order in the ERP, what has not shipped is cancelled here too and frees its
    /// commitments; lines that shipped in part keep what shipped. The ERP knows already, so nothing goes back to it.</summary>
    public void RecordErpStatus(ErpOrderStatus erp, DateTimeOffset now)
    {
        if (Status == SalesOrderStatus.Draft) return;
        ErpOrderNumber ??= erp.ErpOrderNumber;
        if (erp.Status != ErpDeliveryStatus.Cancelled
            || Status is SalesOrderStatus.Shipped or SalesOrderStatus.Invoiced or SalesOrderStatus.Closed or SalesOrderStatus.Cancelled)
            return;
        var context = ChangeContext.Erp("Cancelled in the ERP", now);
        foreach (var line in ActiveLines.ToList())
        {
            var before = line.Promised();
            line.CloseUnshipped();
            if (before.Count > 0) Moved(line, PromiseChangeKind.OrderCancelled, before, context);
        }
        Revalue();
        Status = ActiveLines.Any() ? SalesOrderStatus.Shipped : SalesOrderStatus.Cancelled;
    }

    private void Revalue()
    {
        foreach (var line in _lines) line.Revalue(Currency);
        NetTotal = ActiveLines.Sum(l => l.NetAmount);
    }

    private SalesOrderLine Line(int lineNumber) =>
        _lines.FirstOrDefault(l => l.LineNumber == lineNumber && !l.Cancelled)
        ?? throw new DomainRuleException("order.line_unknown", $"Order {Number} has no open line {lineNumber}.", "lineNumber");

    private void EnsureChangeable()
    {
        if (!CanChange)
            throw new DomainRuleException("order.not_changeable", $"An order that is {Status} can no longer be changed.");
    }

    private void Moved(SalesOrderLine line, PromiseChangeKind kind, IReadOnlyList<PromisedPart> before, ChangeContext context)
    {
        var after = line.Promised();
        var change = new PromiseChange(Id, line.LineNumber, line.ItemNumber, kind, before, after, context);
        Raise(new LinePromiseMoved(this, change, new ProductKey(line.ItemNumber, line.Plant), after.Sum(p => p.Quantity) < before.Sum(p => p.Quantity), context));
    }

    private void ApplyToActiveLines(OrderPromise promise)
    {
        var active = ActiveLines.ToList();
        if (promise.Lines.Count != active.Count)
            throw new DomainRuleException("promise.mismatch", "The promise does not cover every order line.");
        for (var i = 0; i < active.Count; i++) active[i].ApplyPromise(promise.Lines[i]);
    }

    /// <summary>The order desk promises a line by hand (an expedite the ERP does not know of yet, say). The manual
    /// schedule lines count as demand like any other; the change is recorded with its reason.</summary>
    public void PromiseByHand(int lineNumber, IReadOnlyList<ScheduleLinePromise> scheduleLines, ChangeContext context)
    {
        if (!CanPromiseByHand)
            throw new DomainRuleException("order.not_promised", $"An order that is {Status} has no promise to override; confirm it first.");
        if (context.Reason.Length == 0)
            throw new DomainRuleException("promise.reason_missing", "A manual promise needs a reason.", "reason");
        var line = Line(lineNumber);
        var before = line.Promised();
        line.PromiseByHand(scheduleLines);
        Moved(line, PromiseChangeKind.ManualOverride, before, context);
    }

    /// <summary>The ERP took the order; its own number comes now (REST) or with its acknowledgement (file drop). An
    /// order the ERP has already begun to ship (its acknowledgement came late) keeps its status.</summary>
    /// <summary>The ERP created the prospect as its customer: the order takes the customer's number and, once it is
    /// final, goes to the ERP.</summary>
    public void CustomerCreatedInErp(CustomerNumber number)
    {
        if (!AwaitsCustomerNumber)
            throw new DomainRuleException("order.has_customer", $"Order {Number} is for customer {CustomerNumber.Value} already.");
        (CustomerNumber, AwaitsCustomerNumber) = (number, false);
        Raise(new OrderCustomerNumbered(this));
    }

    public void Released(string? erpOrderNumber)
    {
        if (Status is SalesOrderStatus.PartiallyShipped or SalesOrderStatus.Shipped or SalesOrderStatus.Invoiced)
        {
            ErpOrderNumber = erpOrderNumber ?? ErpOrderNumber;
            return;
        }
        if (Status is not (SalesOrderStatus.Confirmed or SalesOrderStatus.Released))
            throw new DomainRuleException("order.not_releasable", $"An order that is {Status} cannot be released to the ERP.");
        ErpOrderNumber = erpOrderNumber ?? ErpOrderNumber;
        Status = SalesOrderStatus.Released;
    }

    /// <summary>What the ERP has shipped of each line so far, and whether it has invoiced the order. The order is
    /// PartiallyShipped once anything has left, Shipped when every open line has, and Invoiced when it is shipped and
    /// invoiced. A cancelled order records what the ERP says but keeps its status, for the order desk to sort out.</summary>
    public void RecordShipments(IReadOnlyDictionary<int, decimal> shippedByLine, bool invoiced)
    {
        if (Status == SalesOrderStatus.Draft)
            throw new DomainRuleException("order.not_released", $"Order {Number} is a draft; the ERP cannot have shipped it.");
        foreach (var line in _lines.Where(l => shippedByLine.ContainsKey(l.LineNumber) || l.ShippedQuantity > 0))
            line.RecordShipped(shippedByLine.GetValueOrDefault(line.LineNumber));
        if (Status is SalesOrderStatus.Cancelled or SalesOrderStatus.Closed) return;
        MoveOnByShipments(invoiced);
    }

    private void MoveOnByShipments(bool invoiced)
    {
        var active = ActiveLines.ToList();
        if (active.All(l => l.OpenQuantity <= 0)) Status = invoiced ? SalesOrderStatus.Invoiced : SalesOrderStatus.Shipped;
        else if (active.Any(l => l.ShippedQuantity > 0)) Status = SalesOrderStatus.PartiallyShipped;
    }

    public void AssignNumber()
    {
        if (Id.Value <= 0) throw new DomainRuleException("number.no_id", "A number is given only once the document is stored.");
        if (Number.Length == 0) Number = FormatNumber(Id.Value);
    }

    public static string FormatNumber(long id) => $"SO-{id:D6}";

    /// <summary>Statuses whose schedule lines are commitments that count as demand. An order in any other status holds
    /// no schedule lines: a draft has none yet, and every way out of these statuses (cancelling, closing what did not
    /// ship, shipping the rest) gives up what the lines held. So demand is every schedule line of a product, read
    /// without the orders.</summary>
    public static readonly SalesOrderStatus[] CommittedStatuses =
    [
        SalesOrderStatus.Confirmed, SalesOrderStatus.Provisional, SalesOrderStatus.CreditHold, SalesOrderStatus.Released,
        SalesOrderStatus.InProduction, SalesOrderStatus.PartiallyShipped,
    ];

    /// <summary>Orders still being worked: drafts and everything committed. They move with their customer to another team.</summary>
    public static readonly SalesOrderStatus[] OpenStatuses = [SalesOrderStatus.Draft, .. CommittedStatuses];

    /// <summary>Every other status: drafts and orders that are finished or cancelled.</summary>
    public static readonly SalesOrderStatus[] UncommittedStatuses = [.. Enum.GetValues<SalesOrderStatus>().Except(CommittedStatuses)];
}
