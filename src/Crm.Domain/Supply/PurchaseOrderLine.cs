namespace Crm.Domain.Supply;

public sealed class PurchaseOrderLine(
    string poNumber, int line, string itemNumber, string plant, decimal quantity, decimal receivedQuantity,
    DateOnly expectedDate, DateTimeOffset lastChange)
{
    public string PoNumber { get; private set; } = poNumber;

    public int Line { get; private set; } = line;

    public string ItemNumber { get; private set; } = itemNumber;

    public string Plant { get; private set; } = plant;

    public decimal Quantity { get; private set; } = quantity;

    public decimal ReceivedQuantity { get; private set; } = receivedQuantity;

    public DateOnly ExpectedDate { get; private set; } = expectedDate;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    public decimal OpenQuantity => Math.Max(0m, Quantity - ReceivedQuantity);

    public void Update(PurchaseOrderLine from)
    {
        ItemNumber = from.ItemNumber;
        Plant = from.Plant;
        Quantity = from.Quantity;
        ReceivedQuantity = from.ReceivedQuantity;
        ExpectedDate = from.ExpectedDate;
        LastChange = from.LastChange;
    }
}
