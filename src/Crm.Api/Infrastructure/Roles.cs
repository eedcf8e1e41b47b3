using Crm.Contracts;

namespace Crm.Api.Infrastructure;

public static class Roles
{
    public const string Sales = nameof(Role.Sales);
    public const string OrderDesk = nameof(Role.OrderDesk);
    public const string Manager = nameof(Role.Manager);
    public const string Admin = nameof(Role.Admin);
    public const string Integration = nameof(Role.Integration);
    public const string Service = nameof(Role.Service);

    /// <summary>A customer's buyer in the portal: their own account's orders, invoices and cases, nothing else.</summary>
    public const string Customer = nameof(Role.Customer);

    public static readonly string[] All = [Sales, OrderDesk, Manager, Admin, Integration, Service, Customer];

    /// <summary>The company's own people: everyone but machine clients and customers.</summary>
    public static readonly string[] People = [Sales, OrderDesk, Manager, Admin, Service];

    /// <summary>Who works cases: moves them, hands them on, escalates them.</summary>
    public static readonly string[] CaseWorkers = [Service, Manager, Admin];
}
