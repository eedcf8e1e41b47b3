namespace ErpMock.Model;

public sealed record ErpScheduleLine(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

/// <param name="UnitPrice">The price agreed with the customer (before the discount); the item's list price when absent.</param>
public sealed record ErpSalesOrderItem(
    int LineNumber, string ItemNumber, string Plant, decimal Quantity, List<ErpScheduleLine>? ScheduleLines, bool Cancelled = false,
    decimal? UnitPrice = null, decimal? DiscountPercent = null);

public sealed record ErpSalesOrderRequest(
    string? ExternalReference, string? CustomerNumber, DateOnly? RequestedDeliveryDate, List<ErpSalesOrderItem>? Items,
    string? CustomerReference = null, string? Currency = null);

/// <summary>A PATCH: the order's lines as they now stand, or the whole order cancelled.</summary>
public sealed record ErpSalesOrderChange(DateOnly? RequestedDeliveryDate, List<ErpSalesOrderItem>? Items, bool Cancelled);

public sealed record ErpSalesOrder(
    string SalesOrderNumber, string ExternalReference, string CustomerNumber, DateOnly? RequestedDeliveryDate,
    List<ErpSalesOrderItem> Items, string DeliveryStatus, DateTimeOffset CreatedAt, string? CustomerReference = null, string? Currency = null) : IErpEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => SalesOrderNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }
}

/// <summary>What the control surface shows of a pushed order: the order, how often it was posted, and the
/// idempotency keys of the changes applied to it (each once, however often it was sent).</summary>
public sealed record PushedSalesOrder(string IdempotencyKey, int Posts, ErpSalesOrder Order)
{
    public List<string> Changes { get; init; } = [];
}
