namespace Crm.Domain.Sales;

/// <summary>A confirmed part of an order line: a commitment the customer holds us to, and demand for promising.</summary>
public sealed class ScheduleLine
{
    private ScheduleLine()
    {
        ItemNumber = Plant = "";
    }

    internal ScheduleLine(string itemNumber, string plant, decimal quantity, DateOnly materialAvailabilityDate, DateOnly shipDate, DateOnly deliveryDate)
    {
        ItemNumber = itemNumber;
        Plant = plant;
        Quantity = quantity;
        MaterialAvailabilityDate = materialAvailabilityDate;
        ShipDate = shipDate;
        DeliveryDate = deliveryDate;
    }

    public long Id { get; private set; }

    // Item and plant repeat the line's so that demand per product is read without a join to the line.
    public string ItemNumber { get; private set; }

    public string Plant { get; private set; }

    public decimal Quantity { get; private set; }

    public DateOnly MaterialAvailabilityDate { get; private set; }

    public DateOnly ShipDate { get; private set; }

    public DateOnly DeliveryDate { get; private set; }

    internal void Become(decimal quantity, DateOnly materialAvailabilityDate, DateOnly shipDate, DateOnly deliveryDate)
    {
        Quantity = quantity;
        MaterialAvailabilityDate = materialAvailabilityDate;
        ShipDate = shipDate;
        DeliveryDate = deliveryDate;
    }
}
