using System.ComponentModel.DataAnnotations;

namespace Crm.Contracts;

public sealed record AvailabilityLineRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? ItemNumber,
    [property: Required, Range(typeof(decimal), "0.001", "1000000000", ErrorMessage = "The quantity must be greater than zero and at most 1,000,000,000.")] decimal? Quantity,
    bool CompleteDelivery = false,
    [property: StringLength(20)] string? Plant = null,
    DateOnly? RequestedDeliveryDate = null);

/// <summary>The body of an availability check, and of direct order entry (where the customer is required). A line's
/// own requested delivery date, when given, is asked instead of the order's.</summary>
/// <param name="PurchaseOrderNumber">The customer's purchase order number (order entry only).</param>
public sealed record AvailabilityRequest(
    [property: StringLength(40)] string? CustomerNumber,
    [property: StringLength(20)] string? Plant,
    DateOnly? RequestedDeliveryDate,
    bool ShipComplete,
    [property: Required, MinLength(1, ErrorMessage = "At least one line is required."), MaxLength(500)] List<AvailabilityLineRequest>? Lines,
    [property: StringLength(35)] string? PurchaseOrderNumber = null,
    long? AccountId = null);

/// <summary>A confirmed part of a line. <see cref="CoveredBy"/> is filled when an explanation was asked for.</summary>
public sealed record ScheduleLineResponse(
    decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate,
    IReadOnlyList<CoverageResponse>? CoveredBy = null);

/// <summary>Supply that covers (part of) a schedule line: OnHand, ProductionOrder, PurchaseOrder (reference
/// "PO/line") or Replenishment (made or bought within the lead time).</summary>
public sealed record CoverageResponse(string Source, string? Reference, DateOnly AvailableOn, decimal Quantity);

/// <summary>When the CRM last synced an ERP source the promise rests on; null when it never has.</summary>
public sealed record SourceFreshness(string Source, DateTimeOffset? LastSyncedAt);

public sealed record AvailabilityLineResponse(
    string ItemNumber,
    string Plant,
    decimal RequestedQuantity,
    decimal ConfirmedQuantity,
    string Status,
    IReadOnlyList<ScheduleLineResponse> ScheduleLines,
    string? Shortfall);

/// <param name="AnsweredForDeliveryDate">The delivery date the check was answered for, when the requested one is not a
/// day the customer receives goods (the last receiving day before it).</param>
public sealed record AvailabilityResponse(
    DateOnly Today, IReadOnlyList<AvailabilityLineResponse> Lines, IReadOnlyList<SourceFreshness>? Sources = null,
    DateOnly? AnsweredForDeliveryDate = null);

/// <summary>A step of the ATP explorer's chart; <see cref="Available"/> is null from the RLT date on (unlimited).</summary>
public sealed record AtpPointResponse(DateOnly Date, decimal CumulativeSupply, decimal CumulativeDemand, decimal? Available);

/// <summary>A receipt the ERP expects (or stock on hand): supply the promises rest on.</summary>
public sealed record ReceiptResponse(string Source, string? Reference, DateOnly AvailableOn, decimal Quantity);

/// <summary>A commitment given to a customer and the supply that covers it, first in, first out. The order and
/// customer are null for an order the caller may not see (another rep's): its quantity still counts.</summary>
public sealed record PeggedCommitmentResponse(
    long? OrderId, string? OrderNumber, string? CustomerNumber, int LineNumber, decimal Quantity, DateOnly MaterialAvailabilityDate,
    DateOnly DeliveryDate, IReadOnlyList<CoverageResponse> CoveredBy);

/// <summary>One product at one plant over time: the chart's steps, the receipts and which commitment each covers.</summary>
public sealed record AtpExplorerResponse(
    string ItemNumber, string Plant, string Description, string BaseUnit, DateOnly Today, DateOnly? ReplenishmentDate,
    IReadOnlyList<AtpPointResponse> Points, IReadOnlyList<ReceiptResponse> Receipts, IReadOnlyList<PeggedCommitmentResponse> Commitments,
    IReadOnlyList<SourceFreshness> Sources);
