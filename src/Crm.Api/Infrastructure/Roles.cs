namespace Crm.Api.Infrastructure;

public static class Roles
{
    public const string Sales = "Sales";
    public const string OrderDesk = "OrderDesk";
    public const string Manager = "Manager";
    public const string Admin = "Admin";
    public const string Integration = "Integration";
    public const string Service = "Service";

    /// <summary>A customer's buyer in the portal: their own account's orders, invoices and cases, nothing else.</summary>
    public const string Customer = "Customer";

    public static readonly string[] All = [Sales, OrderDesk, Manager, Admin, Integration, Service, Customer];

    /// <summary>The company's own people: everyone but machine clients and customers.</summary>
    public static readonly string[] People = [Sales, OrderDesk, Manager, Admin, Service];

    /// <summary>Who works cases: moves them, hands them on, escalates them.</summary>
    public static readonly string[] CaseWorkers = [Service, Manager, Admin];
}
