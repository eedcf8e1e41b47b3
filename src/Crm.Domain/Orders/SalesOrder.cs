using Crm.Domain.Common;
using Crm.Domain.Promising;

namespace Crm.Domain.Orders;

/// <summary>A customer's order. Confirming it turns its lines' promises into commitments (demand).</summary>
public sealed class SalesOrder
{
    private readonly List<SalesOrderLine> _lines = [];

    private SalesOrder()
    {
        CustomerNumber = CreatedBy = "";
    }

    public long Id { get; private set; }

    /// <summary>The number customers and the ERP know the order by; given once the order has its id.</summary>
    public string Number { get; private set; } = "";

    public string CustomerNumber { get; private set; }

    public DateOnly? RequestedDeliveryDate { get; private set; }

    public bool ShipComplete { get; private set; }

    public SalesOrderStatus Status { get; private set; }

    /// <summary>The quote this order was converted from; unique, so a quote never becomes two orders.</summary>
    public long? QuoteId { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The "today" the current promise was computed for.</summary>
    public DateOnly? PromisedOn { get; private set; }

    public string? ErpOrderNumber { get; private set; }

    public IReadOnlyList<SalesOrderLine> Lines => _lines;

    public static SalesOrder Create(
        CustomerNumber customer, DateOnly? requestedDeliveryDate, bool shipComplete, IReadOnlyList<OrderLineInput> lines,
        DateOnly today, string createdBy, DateTimeOffset now, long? quoteId = null)
    {
        if (requestedDeliveryDate is { } rdd && rdd < today)
            throw new DomainRuleException("order.delivery_past", "The requested delivery date cannot be in the past.", "requestedDeliveryDate");
        if (lines.Count == 0)
            throw new DomainRuleException("order.no_lines", "An order needs at least one line.", "lines");
        var order = new SalesOrder
        {
            CustomerNumber = customer.Value,
            RequestedDeliveryDate = requestedDeliveryDate,
            ShipComplete = shipComplete,
            Status = SalesOrderStatus.Draft,
            QuoteId = quoteId,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        order._lines.AddRange(lines.Select((l, i) => new SalesOrderLine(i + 1, l)));
        return order;
    }

    public PromiseRequest ToPromiseRequest(DateOnly today, int transitDays) =>
        new(today, RequestedDeliveryDate, transitDays, ShipComplete, [.. _lines.Select(l => l.ToRequest())]);

    /// <summary>Stores the promise as this order's commitments. Provisional when the ERP data was too old to trust.</summary>
    public void Confirm(OrderPromise promise, bool provisional, DateTimeOffset now)
    {
        if (Status is not (SalesOrderStatus.Draft or SalesOrderStatus.Provisional))
            throw new DomainRuleException("order.not_confirmable", $"An order that is {Status} cannot be confirmed again.");
        if (promise.Lines.Count != _lines.Count)
            throw new DomainRuleException("promise.mismatch", "The promise does not cover every order line.");
        for (var i = 0; i < _lines.Count; i++) _lines[i].ApplyPromise(promise.Lines[i]);
        Status = provisional ? SalesOrderStatus.Provisional : SalesOrderStatus.Confirmed;
        ConfirmedAt = now;
        PromisedOn = promise.Today;
    }

    /// <summary>The order desk promises a line by hand (an expedite the ERP does not know of yet, say). The manual
    /// schedule lines count as demand like any other; the change is recorded with its reason.</summary>
    public PromiseChange PromiseByHand(
        int lineNumber, IReadOnlyList<ScheduleLinePromise> scheduleLines, string reason, string changedBy, DateTimeOffset now)
    {
        if (!CommittedStatuses.Contains(Status))
            throw new DomainRuleException("order.not_promised", $"An order that is {Status} has no promise to override; confirm it first.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("promise.reason_missing", "A manual promise needs a reason.", "reason");
        var line = _lines.FirstOrDefault(l => l.LineNumber == lineNumber)
            ?? throw new DomainRuleException("order.line_unknown", $"Order {Number} has no line {lineNumber}.", "lineNumber");
        var before = line.Promised();
        line.PromiseByHand(scheduleLines);
        return new PromiseChange(Id, lineNumber, line.ItemNumber, PromiseChangeKind.ManualOverride, before, line.Promised(), reason.Trim(), changedBy, now);
    }

    /// <summary>The ERP took the order; its own number comes now (REST) or with its acknowledgement (file drop).</summary>
    public void Released(string? erpOrderNumber)
    {
        if (Status is not (SalesOrderStatus.Confirmed or SalesOrderStatus.Released))
            throw new DomainRuleException("order.not_releasable", $"An order that is {Status} cannot be released to the ERP.");
        ErpOrderNumber = erpOrderNumber ?? ErpOrderNumber;
        Status = SalesOrderStatus.Released;
    }

    public void AssignNumber()
    {
        if (Id <= 0) throw new DomainRuleException("number.no_id", "A number is given only once the document is stored.");
        if (Number.Length == 0) Number = FormatNumber(Id);
    }

    public static string FormatNumber(long id) => $"SO-{id:D6}";

    /// <summary>Statuses whose schedule lines are commitments that count as demand.</summary>
    public static readonly SalesOrderStatus[] CommittedStatuses =
    [
        SalesOrderStatus.Confirmed, SalesOrderStatus.Provisional, SalesOrderStatus.Released,
        SalesOrderStatus.InProduction, SalesOrderStatus.PartiallyShipped,
    ];
}
