namespace Crm.Contracts;

/// <summary>What one run of backorder processing did.</summary>
public sealed record BackorderRunResponse(int Products, int OrdersChanged, int LinesChanged, int LinesAtRisk)
{
    public static readonly BackorderRunResponse None = new(0, 0, 0, 0);

    public BackorderRunResponse Plus(BackorderRunResponse other) => new(
        Products + other.Products, OrdersChanged + other.OrdersChanged, LinesChanged + other.LinesChanged, LinesAtRisk + other.LinesAtRisk);
}

/// <summary>An order line whose promise moved (later, or less) or that is not confirmed in full.</summary>
public sealed record AtRiskLineResponse(
    long OrderId,
    string OrderNumber,
    string CustomerNumber,
    string? CustomerName,
    string Owner,
    int LineNumber,
    string ItemNumber,
    string Plant,
    decimal Quantity,
    decimal ConfirmedQuantity,
    DateOnly? RequestedDeliveryDate,
    DateOnly? PromisedDeliveryDate,
    DateOnly? PreviousDeliveryDate,
    DateTimeOffset? AtRiskSince,
    string? Reason);
