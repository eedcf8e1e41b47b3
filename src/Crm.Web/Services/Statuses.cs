using Crm.Contracts;
using Radzen;

namespace Crm.Web.Services;

/// <summary>Parses the API's status strings once, at the edge, and gives each status its words and colour.</summary>
public static class Statuses
{
    public static T Parse<T>(string value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) ? parsed
            : throw new FormatException($"The API answered a {typeof(T).Name} the UI does not know: {value}.");

    public static QuoteState QuoteStateOf(string value) => Parse<QuoteState>(value);

    public static CaseState CaseStateOf(string value) => Parse<CaseState>(value);

    public static SlaState SlaStateOf(string value) => Parse<SlaState>(value);

    public static string Label(CaseState state) => state switch
    {
        CaseState.InProgress => "In progress",
        CaseState.WaitingOnCustomer => "Waiting on customer",
        _ => state.ToString(),
    };

    public static string Label(SlaState state) => state switch
    {
        SlaState.OnTrack => "On track",
        SlaState.Warning => "Due soon",
        SlaState.Breached => "Overdue",
        SlaState.Paused => "Paused",
        _ => "Met",
    };

    public static BadgeStyle Style(CaseState state) => state switch
    {
        CaseState.New => BadgeStyle.Info,
        CaseState.WaitingOnCustomer => BadgeStyle.Warning,
        CaseState.Resolved or CaseState.Closed => BadgeStyle.Success,
        _ => BadgeStyle.Primary,
    };

    public static BadgeStyle Style(SlaState state) => state switch
    {
        SlaState.Breached => BadgeStyle.Danger,
        SlaState.Warning => BadgeStyle.Warning,
        SlaState.OnTrack or SlaState.Met => BadgeStyle.Success,
        _ => BadgeStyle.Light,
    };

    public static OrderState OrderStateOf(string value) => Parse<OrderState>(value);

    public static string Label(QuoteState state) => state switch
    {
        QuoteState.Draft => "Draft",
        QuoteState.PendingApproval => "Waiting for approval",
        QuoteState.Approved => "Approved",
        QuoteState.Rejected => "Rejected by manager",
        QuoteState.Sent => "Sent to customer",
        QuoteState.Accepted => "Accepted",
        QuoteState.Declined => "Declined",
        QuoteState.Expired => "Expired",
        _ => state.ToString(),
    };

    public static string Label(OrderState state) => state switch
    {
        OrderState.Draft => "Draft (not promised)",
        OrderState.Confirmed => "Confirmed",
        OrderState.Provisional => "Provisional (ERP data old)",
        OrderState.CreditHold => "On credit hold",
        OrderState.Released => "Sent to ERP",
        OrderState.InProduction => "In production",
        OrderState.PartiallyShipped => "Partly shipped",
        OrderState.Shipped => "Shipped",
        OrderState.Invoiced => "Invoiced",
        OrderState.Closed => "Closed",
        OrderState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static string Label(SyncState state) => state switch
    {
        SyncState.NeverRun => "Never synced",
        SyncState.Ok => "Up to date",
        SyncState.Failing => "Failing",
        SyncState.Stale => "Stale",
        _ => state.ToString(),
    };

    public static string Label(PromiseState state) => state switch
    {
        PromiseState.Full => "Confirmed in full",
        PromiseState.Partial => "Partly confirmed",
        PromiseState.None => "Nothing confirmed",
        _ => state.ToString(),
    };

    public static BadgeStyle Style(QuoteState state) => state switch
    {
        QuoteState.Draft => BadgeStyle.Light,
        QuoteState.PendingApproval => BadgeStyle.Warning,
        QuoteState.Approved => BadgeStyle.Info,
        QuoteState.Rejected => BadgeStyle.Danger,
        QuoteState.Sent => BadgeStyle.Info,
        QuoteState.Accepted => BadgeStyle.Success,
        _ => BadgeStyle.Secondary,
    };

    public static BadgeStyle Style(OrderState state) => state switch
    {
        OrderState.Draft => BadgeStyle.Light,
        OrderState.Provisional or OrderState.CreditHold => BadgeStyle.Warning,
        OrderState.Cancelled => BadgeStyle.Secondary,
        OrderState.Shipped or OrderState.Invoiced or OrderState.Closed => BadgeStyle.Success,
        _ => BadgeStyle.Info,
    };

    public static BadgeStyle Style(SyncState state) => state == SyncState.Ok ? BadgeStyle.Success : BadgeStyle.Warning;

    public static BadgeStyle Style(PromiseState state) => state switch
    {
        PromiseState.Full => BadgeStyle.Success,
        PromiseState.Partial => BadgeStyle.Warning,
        _ => BadgeStyle.Danger,
    };
}

public static class Supply
{
    public static string Describe(string source, string? reference) =>
        Statuses.Parse<SupplyKind>(source) switch
        {
            SupplyKind.OnHand => "Stock on hand",
            SupplyKind.ProductionOrder => $"Production order {reference}",
            SupplyKind.PurchaseOrder => $"Purchase order {reference}",
            SupplyKind.Replenishment => "Made or bought within the lead time",
            _ => source,
        };
}

public static class Shortfalls
{
    public static string Describe(string shortfall) => Statuses.Parse<Shortfall>(shortfall) switch
    {
        Shortfall.NoSupplyWithinHorizon => "supply does not catch up within the planning horizon",
        Shortfall.CompleteDeliveryNotPossible => "no date has the whole quantity for a complete delivery",
        Shortfall.ShipCompleteBlocked => "the order ships complete and another line is short",
        _ => shortfall,
    };
}

public static class ChangeKinds
{
    public static string Describe(string kind) => Enum.TryParse<ChangeKind>(kind, out var parsed) ? parsed switch
    {
        ChangeKind.ManualOverride => "Set by hand",
        ChangeKind.QuantityChanged => "Quantity changed",
        ChangeKind.DateChanged => "Delivery date changed",
        ChangeKind.LineCancelled => "Line cancelled",
        ChangeKind.OrderCancelled => "Order cancelled",
        ChangeKind.Repromised => "Promised again (supply moved)",
        _ => kind,
    } : kind;
}

/// <summary>The ERP's records as people call them.</summary>
public static class ErpEntities
{
    public static string Describe(string entity) => entity switch
    {
        "Items" => "Items",
        "Customers" => "Customers",
        "Stock" => "Stock",
        "ProductionOrders" => "Production orders",
        "PurchaseOrderLines" => "Purchase orders",
        "Calendars" => "Plant calendars",
        "Deliveries" => "Deliveries",
        "Invoices" => "Invoices",
        "SalesOrders" => "Sales orders",
        "Acknowledgements" => "Order acknowledgements",
        _ => entity,
    };
}
