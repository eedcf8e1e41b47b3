namespace Crm.Domain.Sales;

public enum SalesOrderStatus
{
    Draft,
    Confirmed,
    /// <summary>Confirmed on ERP data too old to trust; re-checked when the ERP answers again.</summary>
    Provisional,
    /// <summary>Promised (its schedule lines hold their supply) but over the customer's credit limit: it stays in the
    /// CRM until a manager releases it.</summary>
    CreditHold,
    /// <summary>Pushed to the ERP.</summary>
    Released,
    InProduction,
    PartiallyShipped,
    Shipped,
    Invoiced,
    Closed,
    Cancelled,
}
