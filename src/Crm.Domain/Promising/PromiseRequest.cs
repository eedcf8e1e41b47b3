namespace Crm.Domain.Promising;

/// <summary>One order line to promise. <see cref="CompleteDelivery"/> asks for a single schedule line.</summary>
public sealed record LineRequest(string ItemNumber, string Plant, decimal Quantity, bool CompleteDelivery = false);

/// <summary>An order (or a quote being checked) to promise as a whole.</summary>
public sealed record PromiseRequest(
    DateOnly Today,
    DateOnly? RequestedDeliveryDate,
    int TransitDays,
    bool ShipComplete,
    IReadOnlyList<LineRequest> Lines);
