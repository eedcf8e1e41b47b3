namespace Crm.Api.Infrastructure;

public static class Roles
{
    public const string Sales = "Sales";
    public const string OrderDesk = "OrderDesk";
    public const string Manager = "Manager";
    public const string Admin = "Admin";
    public const string Integration = "Integration";

    public static readonly string[] All = [Sales, OrderDesk, Manager, Admin, Integration];

    /// <summary>Everyone but machine clients.</summary>
    public static readonly string[] People = [Sales, OrderDesk, Manager, Admin];
}
