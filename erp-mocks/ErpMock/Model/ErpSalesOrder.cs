namespace ErpMock.Model;

public sealed record ErpScheduleLine(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

public sealed record ErpSalesOrderItem(int LineNumber, string ItemNumber, string Plant, decimal Quantity, List<ErpScheduleLine>? ScheduleLines);

public sealed record ErpSalesOrderRequest(
    string? ExternalReference, string? CustomerNumber, DateOnly? RequestedDeliveryDate, List<ErpSalesOrderItem>? Items);

public sealed record ErpSalesOrder(
    string SalesOrderNumber, string ExternalReference, string CustomerNumber, DateOnly? RequestedDeliveryDate,
    List<ErpSalesOrderItem> Items, string DeliveryStatus, DateTimeOffset CreatedAt) : IErpEntity
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => SalesOrderNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }
}

/// <summary>What the control surface shows of a pushed order: the order and how often it was posted.</summary>
public sealed record PushedSalesOrder(string IdempotencyKey, int Posts, ErpSalesOrder Order);
