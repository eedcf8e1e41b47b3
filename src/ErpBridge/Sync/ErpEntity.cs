namespace ErpBridge.Sync;

/// <summary>The ERP entities the CRM syncs, in the order a full sync takes them.</summary>
public enum ErpEntity { Items, Customers, Stock, ProductionOrders, PurchaseOrderLines, Calendars }
