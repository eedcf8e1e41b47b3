namespace Crm.Domain.Supply;

/// <summary>Unrestricted stock of one item at one plant, as last synced from the ERP.</summary>
public sealed class StockLevel(string itemNumber, string plant, decimal quantity, DateTimeOffset lastChange)
{
    public string ItemNumber { get; private set; } = itemNumber;

    public string Plant { get; private set; } = plant;

    public decimal Quantity { get; private set; } = quantity;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    public void Update(decimal quantity, DateTimeOffset lastChange)
    {
        Quantity = quantity;
        LastChange = lastChange;
    }
}
