namespace Crm.Domain.Catalog;

/// <summary>An item as mastered in the ERP; read-only in the CRM apart from syncing.</summary>
public sealed class Product(
    string itemNumber, string description, string baseUnit, decimal unitPrice, string currency,
    ProcurementType procurementType, int inHouseProductionDays, int plannedDeliveryDays, decimal safetyStock,
    string plant, DateTimeOffset lastChange)
{
    public string ItemNumber { get; private set; } = itemNumber;

    public string Description { get; private set; } = description;

    public string BaseUnit { get; private set; } = baseUnit;

    public decimal UnitPrice { get; private set; } = unitPrice;

    public string Currency { get; private set; } = currency;

    public ProcurementType ProcurementType { get; private set; } = procurementType;

    public int InHouseProductionDays { get; private set; } = inHouseProductionDays;

    public int PlannedDeliveryDays { get; private set; } = plannedDeliveryDays;

    public decimal SafetyStock { get; private set; } = safetyStock;

    public string Plant { get; private set; } = plant;

    public DateTimeOffset LastChange { get; private set; } = lastChange;

    /// <summary>Item number and description folded for search (<see cref="Common.SearchText"/>).</summary>
    public string SearchText { get; private set; } = Common.SearchText.Of(itemNumber, description);

    /// <summary>When the ERP deleted the item. Orders that have it keep it; nothing new can be sold with it.</summary>
    public DateTimeOffset? DeletedInErpAt { get; private set; }

    public void DeletedInErp(DateTimeOffset at) => DeletedInErpAt ??= at;

    /// <summary>Working days the plant needs to make or buy any quantity; 0 means the item has no RLT.</summary>
    public int ReplenishmentLeadDays =>
        ProcurementType == ProcurementType.Make ? InHouseProductionDays : PlannedDeliveryDays;

    /// <summary>The lowest net unit price a rep may quote without a manager's approval; owned by the CRM, so a sync
    /// never changes it. None when not set.</summary>
    public decimal? FloorPrice { get; private set; }

    public void SetFloorPrice(decimal? floorPrice)
    {
        if (floorPrice is < 0)
            throw new Common.DomainRuleException("price.negative", "A floor price cannot be negative.", "floorPrice");
        FloorPrice = floorPrice;
    }

    public void Update(Product from)
    {
        Description = from.Description;
        BaseUnit = from.BaseUnit;
        UnitPrice = from.UnitPrice;
        Currency = from.Currency;
        ProcurementType = from.ProcurementType;
        InHouseProductionDays = from.InHouseProductionDays;
        PlannedDeliveryDays = from.PlannedDeliveryDays;
        SafetyStock = from.SafetyStock;
        Plant = from.Plant;
        LastChange = from.LastChange;
        SearchText = from.SearchText;
        // The ERP sent it again, alive: it was created anew, or the deletion was undone.
        DeletedInErpAt = null;
    }
}
