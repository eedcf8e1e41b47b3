using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

/// <summary>The signed-in customer: their account and the contact they are.</summary>
public sealed record PortalMe(string AccountName, string? CustomerNumber, string ContactName, string Email);

public sealed record PortalOrderSummary(
    long Id, string Number, string Status, DateTimeOffset CreatedAt, string? PurchaseOrderNumber, DateOnly? RequestedDeliveryDate,
    DateOnly? NextDelivery, int Lines, int LinesMoved, decimal NetTotal, string Currency);

/// <summary>A confirmed part of a line: how much arrives when.</summary>
public sealed record PortalConfirmedPart(decimal Quantity, DateOnly DeliveryDate);

/// <summary>A change of a line's confirmed dates, and why, in the customer's words.</summary>
public sealed record PortalDateChange(DateTimeOffset At, IReadOnlyList<PortalConfirmedPart> Before, IReadOnlyList<PortalConfirmedPart> After, string Why);

public sealed record PortalOrderLine(
    int LineNumber, string ItemNumber, string? Description, decimal Quantity, decimal ShippedQuantity, bool Cancelled,
    DateOnly? RequestedDeliveryDate, IReadOnlyList<PortalConfirmedPart> Confirmed, IReadOnlyList<PortalDateChange> Changes);

public sealed record PortalShipment(string DeliveryNumber, int LineNumber, string ItemNumber, decimal Quantity, DateOnly ShipDate, string? TrackingNumber);

/// <param name="Overdue">Open and past its due date.</param>
public sealed record PortalInvoice(string InvoiceNumber, string OrderNumber, long? OrderId, decimal Amount, string Currency, DateOnly DueDate, bool Paid, DateTimeOffset? PaidAt, bool Overdue);

public sealed record PortalCaseSummary(long Id, string Subject, string Status, DateTimeOffset CreatedAt, long? OrderId, string? OrderNumber, DateTimeOffset? LastReplyAt);

public sealed record PortalOrderResponse(
    long Id, string Number, string Status, DateTimeOffset CreatedAt, string? PurchaseOrderNumber, DateOnly? RequestedDeliveryDate,
    decimal NetTotal, string Currency, IReadOnlyList<PortalOrderLine> Lines, IReadOnlyList<PortalShipment> Shipments,
    IReadOnlyList<PortalInvoice> Invoices, IReadOnlyList<PortalCaseSummary> Cases);

/// <summary>A case the customer opens: optionally about one of their orders and its line.</summary>
/// <param name="Category">Delivery, Quality, Invoice, Technical or Other (default).</param>
public sealed record PortalCaseRequest(
    [property: Required, StringLength(200)] string? Subject,
    [property: StringLength(8000)] string? Description = null,
    long? OrderId = null,
    [property: Range(1, 9999)] int? LineNo = null,
    [property: StringLength(40)] string? Category = null);

public sealed record PortalReplyRequest([property: Required, StringLength(8000)] string? Text);

/// <summary>A request to order again what an earlier order held; quantities per line can differ.</summary>
public sealed record PortalReorderRequest(
    DateOnly? RequestedDeliveryDate = null,
    [property: StringLength(35)] string? PurchaseOrderNumber = null,
    [property: MaxLength(500)] IReadOnlyList<PortalReorderLine>? Lines = null);

/// <param name="Quantity">0 leaves the line out.</param>
public sealed record PortalReorderLine(int LineNumber, [property: Range(0, 1_000_000)] decimal Quantity);

/// <summary>The request landed as a draft order for the order desk; "expected" is what the live promise says now, not
/// yet a confirmation.</summary>
public sealed record PortalReorderResponse(long OrderId, string Number, string Status, IReadOnlyList<PortalExpectedLine> Expected);

public sealed record PortalExpectedLine(string ItemNumber, decimal Quantity, decimal ExpectedQuantity, IReadOnlyList<PortalConfirmedPart> Expected);

public sealed record PortalInvitationResponse(string Email, DateTimeOffset InvitedAt, DateTimeOffset? ActivatedAt);

/// <summary>The invited person sets their password with the token from the invitation mail.</summary>
public sealed record PortalInvitationAcceptance(
    [property: Required, EmailAddress, StringLength(256)] string? Email,
    [property: Required, StringLength(2000)] string? Token,
    [property: Required, StringLength(128, MinimumLength = 8)] string? Password);
