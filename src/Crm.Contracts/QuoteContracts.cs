using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record QuoteLineRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? ItemNumber,
    [property: Required, Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The quantity must be greater than zero and at most 1,000,000,000.")] decimal? Quantity,
    [property: Range(typeof(decimal), "0", "100000000")] decimal? UnitPrice = null,
    [property: Range(typeof(decimal), "0", "100")] decimal DiscountPercent = 0,
    bool CompleteDelivery = false,
    [property: StringLength(20)] string? Plant = null,
    bool Optional = false);

/// <summary>Creates a quote or replaces a draft's terms and lines. A missing unit price takes the list price. The
/// customer is an ERP customer's number or any account's id (a prospect's too).</summary>
/// <param name="Incoterms">An Incoterms 2020 rule (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF), with its named place.</param>
/// <param name="HeaderDiscountPercent">Off every line, on top of the line's own discount.</param>
public sealed record QuoteRequest(
    [property: StringLength(40)] string? CustomerNumber,
    DateOnly? RequestedDeliveryDate,
    DateOnly? ValidUntil,
    bool ShipComplete,
    [property: Required, MinLength(1, ErrorMessage = "At least one line is required."), MaxLength(500)] List<QuoteLineRequest>? Lines,
    long? AccountId = null,
    long? ContactId = null,
    [property: StringLength(200)] string? PaymentTerms = null,
    [property: StringLength(3)] string? Incoterms = null,
    [property: StringLength(100)] string? IncotermsPlace = null,
    [property: Range(typeof(decimal), "0", "100")] decimal HeaderDiscountPercent = 0,
    [property: StringLength(4000)] string? IntroText = null,
    [property: StringLength(4000)] string? ClosingText = null);

/// <summary>A part of a line that a check could promise, and the day it would reach the customer.</summary>
public sealed record PromisedDeliveryResponse(decimal Quantity, DateOnly DeliveryDate);

/// <summary>A quote line's promise: as last checked (tentative, nothing reserved), or its order's once the quote
/// converted. Status: NotChecked, Confirmed, Partial, NotAvailable, Ordered.</summary>
public sealed record QuoteLinePromiseResponse(DateTimeOffset? CheckedAt, string Status, IReadOnlyList<PromisedDeliveryResponse> ScheduleLines);

/// <summary>A tax rate's share of a document: the base it applies to and the rounded tax.</summary>
public sealed record TaxAmountResponse(string Label, decimal RatePercent, decimal Base, decimal Amount);

public sealed record QuoteLineResponse(
    int LineNumber, string ItemNumber, string Plant, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal NetAmount, bool CompleteDelivery,
    string? PriceSource = null, long? PriceListId = null, decimal ReferencePrice = 0, decimal EffectiveDiscountPercent = 0,
    decimal? PromisedQuantity = null, DateOnly? PromisedDeliveryDate = null,
    bool Optional = false, bool Chosen = false, decimal HeaderDiscountPercent = 0, QuoteLinePromiseResponse? Promise = null,
    int? OrderLineNumber = null, string? Description = null);

public sealed record QuoteResponse(
    long Id,
    string Number,
    string CustomerNumber,
    string Status,
    DateOnly? RequestedDeliveryDate,
    DateOnly ValidUntil,
    bool ShipComplete,
    decimal NetTotal,
    long? SalesOrderId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<QuoteLineResponse> Lines,
    string? CustomerName = null,
    string? Currency = null,
    int Version = 1,
    long? PreviousVersionId = null,
    DateTimeOffset? SupersededAt = null,
    decimal TotalDiscountPercent = 0,
    string? SubmittedBy = null,
    DateTimeOffset? SubmittedAt = null,
    IReadOnlyList<string>? ApprovalReasons = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? DecisionComment = null,
    DateTimeOffset? PromiseCheckedAt = null,
    IReadOnlyList<string>? AllowedActions = null,
    long? AccountId = null,
    bool Prospect = false,
    long? ContactId = null,
    string? ContactName = null,
    string? PaymentTerms = null,
    string? Incoterms = null,
    string? IncotermsPlace = null,
    decimal HeaderDiscountPercent = 0,
    string? IntroText = null,
    string? ClosingText = null,
    decimal TotalBeforeHeaderDiscount = 0,
    IReadOnlyList<TaxAmountResponse>? Taxes = null,
    decimal GrossTotal = 0,
    string? OrderNumber = null,
    string? DeclineReason = null,
    QuoteAcceptanceResponse? Acceptance = null);

/// <summary>Who accepted the quote and the evidence kept of an acceptance online.</summary>
public sealed record QuoteAcceptanceResponse(
    string Name, DateTimeOffset At, string? PurchaseOrderNumber, bool Online, string? Address, string? DocumentSha256);

/// <summary>A manager's decision on a quote waiting for approval; a rejection says why.</summary>
public sealed record ApprovalDecisionRequest([property: StringLength(1000)] string? Comment);

/// <param name="CanDecide">Whether the caller may approve or reject it (a manager of its team, not the requester).</param>
public sealed record ApprovalSummary(
    long QuoteId, string Number, int Version, string CustomerNumber, string? CustomerName, decimal NetTotal, string Currency,
    decimal TotalDiscountPercent, string SubmittedBy, DateTimeOffset SubmittedAt, IReadOnlyList<string> Reasons, bool CanDecide);

public sealed record QuoteVersionSummary(long Id, int Version, string Status, decimal NetTotal, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? SupersededAt);

public sealed record QuoteSummary(
    long Id, string Number, string CustomerNumber, string Status, DateOnly ValidUntil, DateOnly? RequestedDeliveryDate, long? SalesOrderId, DateTimeOffset CreatedAt,
    string? CustomerName = null, decimal NetTotal = 0, string? Currency = null, int Version = 1);

/// <summary>Who receives the quote (the quote's contact when none are named) and the text of the mail (a default
/// when none is given); the PDF and a link to the portal go with it.</summary>
public sealed record QuoteSendRequest(
    [property: MaxLength(20)] List<long>? ContactIds = null,
    [property: StringLength(8000)] string? Message = null);

/// <summary>Something that happened to a quote with the customer: Sent (to whom), Accepted, Declined, Question, DatesMoved.</summary>
public sealed record QuoteEventResponse(int Version, string Kind, string By, string? Text, DateTimeOffset At);
