using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Where each entity lives: its REST resource, its CSV export's file name, and the columns that key a row.</summary>
internal static class ErpPaths
{
    public static string Resource(ErpEntity entity) => entity switch
    {
        ErpEntity.Items => "items",
        ErpEntity.Customers => "customers",
        ErpEntity.Stock => "stock",
        ErpEntity.ProductionOrders => "production-orders",
        ErpEntity.PurchaseOrderLines => "purchase-order-lines",
        ErpEntity.Calendars => "calendars",
        ErpEntity.Deliveries => "deliveries",
        ErpEntity.Invoices => "invoices",
        ErpEntity.SalesOrders => "sales-orders",
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    public static string FileName(ErpEntity entity) => Resource(entity) + ".csv";

    /// <summary>A row's key read from its raw columns, the same text as the record's <c>RecordKey</c>: a row that cannot
    /// be read is still filed under the record it was meant to be.</summary>
    public static string Key(ErpEntity entity, Func<string, string?> column) => entity switch
    {
        ErpEntity.Items => column("itemNumber"),
        ErpEntity.Customers => column("customerNumber"),
        ErpEntity.Stock => $"{column("itemNumber")}@{column("plant")}",
        ErpEntity.ProductionOrders => column("orderNumber"),
        ErpEntity.PurchaseOrderLines => $"{column("poNumber")}/{column("line")}",
        ErpEntity.Calendars => column("plant"),
        ErpEntity.Deliveries => column("deliveryNumber"),
        ErpEntity.Invoices => column("invoiceNumber"),
        ErpEntity.SalesOrders => column("salesOrderNumber"),
        ErpEntity.Acknowledgements => column("file"),
        _ => null,
    } ?? "";
}
