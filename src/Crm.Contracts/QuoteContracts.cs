using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record QuoteLineRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? ItemNumber,
    [property: Required, Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The quantity must be greater than zero and at most 1,000,000,000.")] decimal? Quantity,
    [property: Range(typeof(decimal), "0", "100000000")] decimal? UnitPrice = null,
    [property: Range(typeof(decimal), "0", "100")] decimal DiscountPercent = 0,
    bool CompleteDelivery = false,
    [property: StringLength(20)] string? Plant = null);

/// <summary>Creates a quote or replaces a draft's terms and lines. A missing unit price takes the list price.</summary>
public sealed record QuoteRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? CustomerNumber,
    DateOnly? RequestedDeliveryDate,
    DateOnly? ValidUntil,
    bool ShipComplete,
    [property: Required, MinLength(1, ErrorMessage = "At least one line is required."), MaxLength(500)] List<QuoteLineRequest>? Lines);

public sealed record QuoteLineResponse(
    int LineNumber, string ItemNumber, string Plant, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal NetAmount, bool CompleteDelivery,
    string? PriceSource = null, long? PriceListId = null, decimal ReferencePrice = 0, decimal EffectiveDiscountPercent = 0,
    decimal? PromisedQuantity = null, DateOnly? PromisedDeliveryDate = null);

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
    IReadOnlyList<string>? AllowedActions = null);

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
