using System.Text.Json.Serialization;

namespace ErpMock.Model;

/// <summary>Goods shipped against one item of a pushed sales order (DESIGN.md §6 deliveries).</summary>
public sealed record ErpDelivery(
    string DeliveryNumber, string SalesOrderNumber, string ExternalReference, int LineNumber, string ItemNumber, decimal Quantity,
    DateOnly ShipDate, string TrackingNumber) : IErpEntity
{
    [JsonIgnore]
    public string Key => DeliveryNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }
}

/// <summary>The invoice of a fully shipped sales order (DESIGN.md §6 invoices).</summary>
public sealed record ErpInvoice(
    string InvoiceNumber, string SalesOrderNumber, string ExternalReference, decimal Amount, string Currency, DateOnly InvoiceDate,
    DateOnly DueDate, bool Paid) : IErpEntity
{
    [JsonIgnore]
    public string Key => InvoiceNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }
}
