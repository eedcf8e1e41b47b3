using Crm.Contracts;
using Crm.Web.Services;

namespace Crm.Web.Layout;

/// <summary>A place in the navigation and who may open it: the menu shows a user only what they can use.</summary>
public sealed record NavigationItem(string Text, string Path, string Icon, Role[] Roles);

public static class Navigation
{
    private static readonly Role[] People = [Role.Sales, Role.OrderDesk, Role.Manager, Role.Admin, Role.Service];

    public static readonly Role[] Customers = [Role.Customer];

    public static readonly Role[] OrderDesk = [Role.OrderDesk, Role.Manager];

    /// <summary>Who works leads, deals and the forecast.</summary>
    public static readonly Role[] Sellers = [Role.Sales, Role.Manager, Role.Admin];

    public static readonly Role[] ErpOperators = [Role.Admin, Role.Integration];

    public static readonly Role[] BackorderRunners = [Role.OrderDesk, Role.Manager, Role.Admin, Role.Integration];

    public static readonly Role[] PriceListWriters = [Role.Manager, Role.Admin];

    public static readonly Role[] Admins = [Role.Admin];

    /// <summary>The menu entry that shows how many approvals wait.</summary>
    public const string ApprovalsPath = "approvals";

    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("Home", "", "home", [.. People, Role.Integration]),
        new("My agenda", "agenda", "event", People),
        new("My calendar", "calendar", "calendar_month", People),
        new("Accounts", "accounts", "apartment", People),
        new("Cases", "cases", "support_agent", People),
        new("Knowledge", "knowledge", "menu_book", People),
        new("Leads", "leads", "person_search", Sellers),
        new("Campaigns", "campaigns", "campaign", Sellers),
        new("Pipeline", "pipeline", "view_kanban", Sellers),
        new("Forecast", "forecast", "trending_up", Sellers),
        new("Quotes", "quotes", "request_quote", People),
        new("Orders", "orders", "receipt_long", People),
        new("New order", "orders/new", "add_shopping_cart", OrderDesk),
        new("Approvals", ApprovalsPath, "approval", People),
        new("At risk", "at-risk", "warning", People),
        new("Price lists", "price-lists", "sell", People),
        new("ATP explorer", "atp", "insights", People),
        new("Teams and users", "teams", "groups", Admins),
        new("ERP", "erp", "sync", ErpOperators),
        new("My orders", "portal", "local_shipping", Customers),
        new("My quotes", "portal/quotes", "request_quote", Customers),
        new("My invoices", "portal/invoices", "receipt", Customers),
        new("My cases", "portal/cases", "support", Customers),
        new("Help", "portal/help", "help", Customers),
    ];

    public static IEnumerable<NavigationItem> For(Crm.Contracts.CurrentUser? user) => Items.Where(i => user.Is(i.Roles));
}
