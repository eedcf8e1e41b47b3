namespace ErpBridge.Sync;

/// <summary>The ERP entities the CRM syncs, in the order a full sync takes them.</summary>
/// Deliveries come after stock: a shipment must never leave the demand before it leaves the stock, or its units would
/// look free for a moment. Sales orders come after deliveries, so that what shipped before a cancellation is known.
/// Acknowledgements (flat-file mode only) are the ERP's answers to the commitment files.
public enum ErpEntity { Items, Customers, Stock, ProductionOrders, PurchaseOrderLines, Calendars, Deliveries, Invoices, SalesOrders, Acknowledgements }
