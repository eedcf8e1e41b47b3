using System.Text.Json.Serialization;

namespace ErpMock.Model;

// The ERP's own shapes (DESIGN.md §6). Every entity carries lastChangeDateTime; the mock sets it when omitted.
public interface IErpEntity
{
    /// <summary>The entity's key, used as the tie-breaker after the change time when paging.</summary>
    string Key { get; }

    DateTimeOffset? LastChangeDateTime { get; init; }
}

/// <summary>A record the ERP may delete: the delta feed then carries it as a tombstone.</summary>
public interface IErpDeletable : IErpEntity
{
    bool IsDeleted { get; }
}

public sealed record ErpItem(
    string ItemNumber, string Description, string BaseUnit, decimal UnitPrice, string Currency, string ProcurementType,
    int InHouseProductionDays, int PlannedDeliveryDays, decimal SafetyStock, string Plant) : IErpDeletable
{
    [JsonIgnore]
    public string Key => ItemNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }
    /// <summary>A tombstone: the record was deleted at its change time. Left out of the JSON while false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeleted { get; init; }
}

public sealed record ErpCustomer(
    string CustomerNumber, string Name, string Street, string City, string PostalCode, string Country, string? Email,
    string? Phone, string CustomerGroup, decimal CreditLimit, string Currency, int TransitDays) : IErpDeletable
{
    [JsonIgnore]
    public string Key => CustomerNumber;

    /// <summary>The CRM's reference, for a customer created at the CRM's request.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExternalReference { get; init; }

    public DateTimeOffset? LastChangeDateTime { get; init; }
    /// <summary>A tombstone: the record was deleted at its change time. Left out of the JSON while false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeleted { get; init; }
}

public sealed record ErpStock(string ItemNumber, string Plant, decimal UnrestrictedQuantity) : IErpDeletable
{
    [JsonIgnore]
    public string Key => $"{ItemNumber}|{Plant}";

    public DateTimeOffset? LastChangeDateTime { get; init; }
    /// <summary>A tombstone: the record was deleted at its change time. Left out of the JSON while false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeleted { get; init; }
}

public sealed record ErpProductionOrder(
    string OrderNumber, string ItemNumber, string Plant, decimal Quantity, decimal DeliveredQuantity,
    DateOnly ScheduledStart, DateOnly ScheduledFinish, string Status) : IErpDeletable
{
    [JsonIgnore]
    public string Key => OrderNumber;

    public DateTimeOffset? LastChangeDateTime { get; init; }

    /// <summary>A tombstone: the record was deleted at its change time. Left out of the JSON while false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeleted { get; init; }
}

public sealed record ErpPurchaseOrderLine(
    string PoNumber, int Line, string ItemNumber, string Plant, decimal Quantity, decimal ReceivedQuantity, DateOnly ExpectedDate) : IErpDeletable
{
    [JsonIgnore]
    public string Key => $"{PoNumber}|{Line:D6}";

    public DateTimeOffset? LastChangeDateTime { get; init; }

    /// <summary>A tombstone: the record was deleted at its change time. Left out of the JSON while false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDeleted { get; init; }
}

public sealed record ErpCalendar(string Plant, int[] WeekendDays, DateOnly[] Holidays, int PickPackDays) : IErpEntity
{
    [JsonIgnore]
    public string Key => Plant;

    public DateTimeOffset? LastChangeDateTime { get; init; }
}

public sealed record ErpDataset(
    List<ErpItem>? Items, List<ErpCustomer>? Customers, List<ErpStock>? Stock, List<ErpProductionOrder>? ProductionOrders,
    List<ErpPurchaseOrderLine>? PurchaseOrderLines, List<ErpCalendar>? Calendars);

/// <summary>POST /erp/v1/customers: a customer the CRM asks the ERP to create.</summary>
public sealed record ErpCustomerRequest(
    string? ExternalReference, string? Name, string? Street, string? City, string? PostalCode, string? Country, string? Email, string? Phone,
    string? VatId, string? Currency);
