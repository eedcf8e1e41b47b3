namespace Crm.Domain.Sales;

/// <summary>Goods the ERP shipped against one line of one of our orders, as last synced.</summary>
public sealed class Delivery(
    string deliveryNumber, string orderNumber, int lineNumber, string itemNumber, decimal quantity, DateOnly shipDate,
    string? trackingNumber, DateTimeOffset lastChange)
{
    public string DeliveryNumber { get; private set; } = deliveryNumber;

    /// <summary>Our order number: the ERP's external reference.</summary>
    public string OrderNumber { get; private set; } = orderNumber;

    public int LineNumber { get; private set; } = lineNumber;

    public string ItemNumber { get; private set; } = itemNumber;

    public decimal Quantity { get; private set; } = quantity;

    public DateOnly ShipDate { get; private set; } = shipDate;

    public string? TrackingNumber { get; private set; } = trackingNumber;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    /// <summary>When the CRM first heard of the shipment (by the CRM's clock).</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    public void Received(DateTimeOffset now) => ReceivedAt = now;

    /// <summary>The ERP corrected the delivery (a quantity, a date, a tracking number added later).</summary>
    public void Update(Delivery latest)
    {
        Quantity = latest.Quantity;
        ShipDate = latest.ShipDate;
        TrackingNumber = latest.TrackingNumber;
        LastChange = latest.LastChange;
    }
}
