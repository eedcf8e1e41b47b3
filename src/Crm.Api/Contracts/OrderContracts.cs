namespace Crm.Api.Contracts;

public sealed record OrderCreatedResponse(long Id, string Number, string Status);

public sealed record ConfirmOrderResponse(long Id, string Number, string Status, DateOnly Today, IReadOnlyList<AvailabilityLineResponse> Lines);

public sealed record OrderLineResponse(
    int LineNumber,
    string ItemNumber,
    string Plant,
    decimal Quantity,
    bool CompleteDelivery,
    decimal ConfirmedQuantity,
    string? Shortfall,
    IReadOnlyList<ScheduleLineResponse> ScheduleLines);

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
    IReadOnlyList<SourceFreshness>? Sources = null);

public sealed record OrderSummary(long Id, string Number, string CustomerNumber, string Status, DateOnly? RequestedDeliveryDate, DateTimeOffset CreatedAt);
