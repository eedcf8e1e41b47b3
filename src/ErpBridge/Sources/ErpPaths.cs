using ErpBridge.Sync;

namespace ErpBridge.Sources;

/// <summary>Where each entity lives: its REST resource and its CSV export's file name.</summary>
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
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    public static string FileName(ErpEntity entity) => Resource(entity) + ".csv";
}
