namespace Crm.Domain.Promising;

/// <summary>One order line to promise. <see cref="CompleteDelivery"/> asks for a single schedule line;
/// <see cref="RequestedDeliveryDate"/> asks for the line's own date instead of the order's.</summary>
public sealed record LineRequest(string ItemNumber, string Plant, decimal Quantity, bool CompleteDelivery = false, DateOnly? RequestedDeliveryDate = null);

/// <summary>An order (or a quote being checked) to promise as a whole. Deliveries land on the customer's
/// <see cref="ReceivingDays"/>: Monday to Friday unless it says otherwise.</summary>
public sealed record PromiseRequest(
    DateOnly Today,
    DateOnly? RequestedDeliveryDate,
    int TransitDays,
    bool ShipComplete,
    IReadOnlyList<LineRequest> Lines,
    Common.ReceivingDays? ReceivingDays = null);
