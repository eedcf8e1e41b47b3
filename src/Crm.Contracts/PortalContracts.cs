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

/// <summary>A quote sent to my company. Status in the buyer's words: AwaitingYourAnswer, Accepted, Declined, Expired.</summary>
public sealed record PortalQuoteSummary(
    long Id, string Number, int Version, string Status, DateOnly ValidUntil, decimal NetTotal, string Currency, DateTimeOffset SentAt,
    long? OrderId, string? OrderNumber);

/// <summary>A quote line with the dates it could be delivered on now (nothing is reserved until I accept).</summary>
public sealed record PortalQuoteLine(
    int LineNumber, string ItemNumber, string? Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal NetAmount,
    bool Optional, IReadOnlyList<PortalConfirmedPart> Deliveries, decimal NotYetDated);

/// <param name="PromiseToken">Stands for the dates shown: accepting with it confirms exactly those (or says they moved).</param>
/// <param name="PurchaseOrderNumberRequired">My company gives its purchase order number with every order.</param>
public sealed record PortalQuoteResponse(
    long Id, string Number, int Version, string Status, DateOnly ValidUntil, string Currency, decimal NetTotal, decimal HeaderDiscountPercent,
    string? PaymentTerms, string? Incoterms, string? IntroText, string? ClosingText, IReadOnlyList<PortalQuoteLine> Lines,
    DateTimeOffset DatesAsOf, string PromiseToken, bool PurchaseOrderNumberRequired, long? OrderId, string? OrderNumber,
    IReadOnlyList<string> AllowedActions);

/// <summary>I accept the quote with the dates the token stands for, ticking the statement that I may order for my company.</summary>
public sealed record PortalQuoteAcceptance(
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: StringLength(35)] string? PurchaseOrderNumber,
    [property: MaxLength(500)] List<int>? OptionalLines,
    [property: Required, StringLength(8000)] string? PromiseToken,
    [property: Range(typeof(bool), "true", "true", ErrorMessage = "Tick the statement that you may order for your company.")] bool AuthorisedToOrder = false);

/// <summary>The order my acceptance made.</summary>
public sealed record PortalQuoteAccepted(long OrderId, string OrderNumber, string Status);

/// <summary>The dates moved since I looked: nothing was ordered; these are the new ones, and accepting with the new
/// token confirms them.</summary>
public sealed record PortalPromiseMoved(string Detail, IReadOnlyList<PortalQuoteLine> Lines, string PromiseToken);

public sealed record PortalQuoteDecline([property: StringLength(1000)] string? Reason);

public sealed record PortalQuoteQuestion([property: Required, StringLength(4000, MinimumLength = 1)] string? Text);
