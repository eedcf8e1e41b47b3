using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record OrderCreatedResponse(long Id, string Number, string Status);

/// <param name="CreditHoldReason">Why the order waits on credit (status CreditHold), in figures.</param>
public sealed record ConfirmOrderResponse(
    long Id, string Number, string Status, DateOnly Today, IReadOnlyList<AvailabilityLineResponse> Lines, string? CreditHoldReason = null);

public sealed record OrderLineResponse(
    int LineNumber,
    string ItemNumber,
    string Plant,
    decimal Quantity,
    bool CompleteDelivery,
    decimal ConfirmedQuantity,
    string? Shortfall,
    IReadOnlyList<ScheduleLineResponse> ScheduleLines,
    bool ManualPromise = false,
    bool Cancelled = false,
    DateTimeOffset? AtRiskSince = null,
    decimal ShippedQuantity = 0,
    decimal UnitPrice = 0,
    decimal DiscountPercent = 0,
    decimal NetAmount = 0,
    string? PriceSource = null,
    long? PriceListId = null,
    DateOnly? RequestedDeliveryDate = null,
    string? Description = null,
    string? BaseUnit = null);

public sealed record OrderResponse(
    long Id,
    string Number,
    string CustomerNumber,
    string Status,
    DateOnly? RequestedDeliveryDate,
    bool ShipComplete,
    long? QuoteId,
    string? ErpOrderNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt,
    IReadOnlyList<OrderLineResponse> Lines,
    string? CustomerName = null,
    IReadOnlyList<SourceFreshness>? Sources = null,
    IReadOnlyList<DeliveryResponse>? Deliveries = null,
    IReadOnlyList<InvoiceResponse>? Invoices = null,
    decimal NetTotal = 0,
    string? Currency = null,
    string? PurchaseOrderNumber = null,
    string? ConfirmedBy = null,
    DateTimeOffset? CreditHeldAt = null,
    string? CreditHoldReason = null,
    DateTimeOffset? CreditReleasedAt = null,
    string? CreditReleasedBy = null,
    DateTimeOffset? CancelledAt = null,
    string? CancelledBy = null,
    string? CancelReason = null,
    bool AwaitsCustomerNumber = false,
    IReadOnlyList<string>? AllowedActions = null);

/// <summary>The customer's purchase order number for an order not yet with the ERP.</summary>
public sealed record PurchaseOrderNumberRequest([property: StringLength(35)] string? PurchaseOrderNumber);

/// <summary>A manager releases an order from credit hold, saying why.</summary>
public sealed record CreditReleaseRequest([property: StringLength(500)] string? Reason);

/// <param name="Kind">Created, Confirmed, CreditHold, CreditReleased, SentToErp, PromiseChanged, Delivered, Invoiced, Paid, Cancelled.</param>
/// <param name="By">Who did it (a user, "erp", or none).</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Text, string? By = null);

/// <summary>Goods the ERP shipped against a line of the order.</summary>
public sealed record DeliveryResponse(string DeliveryNumber, int LineNumber, string ItemNumber, decimal Quantity, DateOnly ShipDate, string? TrackingNumber);

public sealed record InvoiceResponse(string InvoiceNumber, decimal Amount, string Currency, DateOnly DueDate, bool Paid);

/// <param name="NetTotal">The open lines at their prices and discounts.</param>
public sealed record OrderSummary(
    long Id, string Number, string CustomerNumber, string Status, DateOnly? RequestedDeliveryDate, DateTimeOffset CreatedAt,
    string? CustomerName = null, decimal NetTotal = 0, int Lines = 0, int LinesAtRisk = 0, string? Currency = null,
    bool AwaitsCustomerNumber = false);

public sealed record ManualScheduleLine(
    [property: Required, Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The quantity must be greater than zero.")] decimal? Quantity,
    [property: Required] DateOnly? MaterialAvailabilityDate);

/// <summary>The order desk's own promise for a line: quantities and material availability dates (plant working
/// days); ship and delivery dates follow from the plant's pick/pack time and the customer's transit days.</summary>
public sealed record ManualPromiseRequest(
    [property: Required, StringLength(500, MinimumLength = 3)] string? Reason,
    [property: Required, MinLength(1, ErrorMessage = "At least one schedule line is required."), MaxLength(50)] List<ManualScheduleLine>? ScheduleLines);

public sealed record PromisedPartResponse(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

public sealed record PromiseChangeResponse(
    int LineNumber, string ItemNumber, string Kind, IReadOnlyList<PromisedPartResponse> Before, IReadOnlyList<PromisedPartResponse> After,
    string Reason, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>Why an order, or one of its lines, is cancelled (kept with the record).</summary>
public sealed record CancelRequest([property: StringLength(500)] string? Reason);

public sealed record QuantityChangeRequest(
    [property: Required, Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The quantity must be greater than zero and at most 1,000,000,000.")] decimal? Quantity,
    [property: StringLength(500)] string? Reason);

public sealed record RequestedDateChangeRequest(DateOnly? RequestedDeliveryDate, [property: StringLength(500)] string? Reason);
