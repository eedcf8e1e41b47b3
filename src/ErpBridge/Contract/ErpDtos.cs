namespace ErpBridge.Contract;

// The ERP's shapes (DESIGN.md §6), as they come over REST or in CSV exports. Only ErpBridge sees them.

internal sealed record ErpPage<T>(List<T> Value, string? NextLink);

/// <summary>Every synced ERP record says when it last changed and has a key: the delta cursor moves on both.</summary>
internal interface IErpRecord
{
    DateTimeOffset? LastChangeDateTime { get; }

    /// <summary>The tie-breaker among records changed at the same instant, as the ERP orders them.</summary>
    string CursorKey { get; }

    /// <summary>A tombstone: the ERP deleted the record, and the delta feed says so at the time it did.</summary>
    bool IsDeleted => false;

    /// <summary>The key as people read it (and as <see cref="Sources.ErpPaths.Key"/> reads it from an export row): what
    /// a rejection is filed under.</summary>
    string RecordKey => CursorKey;
}

internal sealed record ErpItemDto(
    string ItemNumber, string Description, string BaseUnit, decimal UnitPrice, string Currency, string ProcurementType,
    int InHouseProductionDays, int PlannedDeliveryDays, decimal SafetyStock, string Plant, DateTimeOffset? LastChangeDateTime, bool IsDeleted = false) : IErpRecord
{
    public string CursorKey => ItemNumber;
}

internal sealed record ErpCustomerDto(
    string CustomerNumber, string Name, string? Street, string? City, string? PostalCode, string? Country, string? Email,
    string? Phone, string? CustomerGroup, decimal CreditLimit, string Currency, int TransitDays, DateTimeOffset? LastChangeDateTime, bool IsDeleted = false,
    string? ExternalReference = null) : IErpRecord
{
    public string CursorKey => CustomerNumber;
}

internal sealed record ErpStockDto(string ItemNumber, string Plant, decimal UnrestrictedQuantity, DateTimeOffset? LastChangeDateTime, bool IsDeleted = false) : IErpRecord
{
    public string CursorKey => $"{ItemNumber}|{Plant}";

    public string RecordKey => $"{ItemNumber}@{Plant}";
}

internal sealed record ErpProductionOrderDto(
    string OrderNumber, string ItemNumber, string Plant, decimal Quantity, decimal DeliveredQuantity,
    DateOnly ScheduledStart, DateOnly ScheduledFinish, string Status, DateTimeOffset? LastChangeDateTime, bool IsDeleted = false) : IErpRecord
{
    public string CursorKey => OrderNumber;
}

internal sealed record ErpPurchaseOrderLineDto(
    string PoNumber, int Line, string ItemNumber, string Plant, decimal Quantity, decimal ReceivedQuantity,
    DateOnly ExpectedDate, DateTimeOffset? LastChangeDateTime, bool IsDeleted = false) : IErpRecord
{
    public string CursorKey => $"{PoNumber}|{Line:D6}";

    public string RecordKey => $"{PoNumber}/{Line}";
}

internal sealed record ErpCalendarDto(string Plant, int[] WeekendDays, DateOnly[] Holidays, int PickPackDays, DateTimeOffset? LastChangeDateTime) : IErpRecord
{
    public string CursorKey => Plant;
}

internal sealed record ErpDeliveryDto(
    string DeliveryNumber, string SalesOrderNumber, string ExternalReference, int LineNumber, string ItemNumber, decimal Quantity,
    DateOnly ShipDate, string? TrackingNumber, DateTimeOffset? LastChangeDateTime) : IErpRecord
{
    public string CursorKey => DeliveryNumber;
}

internal sealed record ErpInvoiceDto(
    string InvoiceNumber, string SalesOrderNumber, string ExternalReference, decimal Amount, string Currency, DateOnly DueDate,
    bool Paid, DateTimeOffset? LastChangeDateTime) : IErpRecord
{
    public string CursorKey => InvoiceNumber;
}

/// <summary>What the sales-order feed says of an order (its lines are left out: the CRM keeps its own).</summary>
internal sealed record ErpSalesOrderStatusDto(
    string SalesOrderNumber, string ExternalReference, string DeliveryStatus, DateTimeOffset? LastChangeDateTime) : IErpRecord
{
    public string CursorKey => SalesOrderNumber;
}

internal sealed record ErpScheduleLineDto(decimal Quantity, DateOnly MaterialAvailabilityDate, DateOnly ShipDate, DateOnly DeliveryDate);

internal sealed record ErpSalesOrderItemDto(
    int LineNumber, string ItemNumber, string Plant, decimal Quantity, List<ErpScheduleLineDto> ScheduleLines, bool Cancelled = false,
    decimal? UnitPrice = null, decimal? DiscountPercent = null);

internal sealed record ErpSalesOrderRequestDto(
    string ExternalReference, string CustomerNumber, DateOnly? RequestedDeliveryDate, List<ErpSalesOrderItemDto> Items,
    string? CustomerReference = null, string? Currency = null);

/// <summary>PATCH of an existing order: its lines as they now stand, or the whole order cancelled.</summary>
internal sealed record ErpSalesOrderChangeDto(DateOnly? RequestedDeliveryDate, List<ErpSalesOrderItemDto> Items, bool Cancelled);

internal sealed record ErpSalesOrderDto(string SalesOrderNumber, string ExternalReference, string DeliveryStatus);

/// <summary>A customer the CRM asks the ERP to create (POST /erp/v1/customers).</summary>
internal sealed record ErpCustomerCreateDto(
    string ExternalReference, string Name, string? Street, string? City, string? PostalCode, string? Country, string? Email, string? Phone,
    string? VatId, string Currency);
