namespace Crm.Domain.Supply;

public sealed class ProductionOrder(
    string orderNumber, string itemNumber, string plant, decimal quantity, decimal deliveredQuantity,
    DateOnly scheduledStart, DateOnly scheduledFinish, ProductionOrderStatus status, DateTimeOffset lastChange)
{
    public string OrderNumber { get; private set; } = orderNumber;

    public string ItemNumber { get; private set; } = itemNumber;

    public string Plant { get; private set; } = plant;

    public decimal Quantity { get; private set; } = quantity;

    public decimal DeliveredQuantity { get; private set; } = deliveredQuantity;

    public DateOnly ScheduledStart { get; private set; } = scheduledStart;

    public DateOnly ScheduledFinish { get; private set; } = scheduledFinish;

    public ProductionOrderStatus Status { get; private set; } = status;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    public decimal OpenQuantity => Math.Max(0m, Quantity - DeliveredQuantity);

    public void Update(ProductionOrder from)
    {
        ItemNumber = from.ItemNumber;
        Plant = from.Plant;
        Quantity = from.Quantity;
        DeliveredQuantity = from.DeliveredQuantity;
        ScheduledStart = from.ScheduledStart;
        ScheduledFinish = from.ScheduledFinish;
        Status = from.Status;
        LastChange = from.LastChange;
    }
}
