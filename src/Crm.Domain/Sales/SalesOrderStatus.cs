namespace Crm.Domain.Sales;

public enum SalesOrderStatus
{
    Draft,
    Confirmed,
    /// <summary>Confirmed on ERP data too old to trust; re-checked when the ERP answers again.</summary>
    Provisional,
    /// <summary>Pushed to the ERP.</summary>
    Released,
    InProduction,
    PartiallyShipped,
    Shipped,
    Invoiced,
    Closed,
    Cancelled,
}
