using ErpMock.Model;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>ERP records for test stories, in the ERP's own shapes. "Today" is Monday 2027-03-01 as in atp-cases.md.</summary>
public static class ErpData
{
    public static readonly DateOnly Today = new(2027, 3, 1);

    public static DateOnly March(int day) => new(2027, 3, day);

    public static ErpItem Item(string number, int rltDays = 0, decimal price = 10m) =>
        new(number, $"Test item {number}", "PC", price, "EUR", "Make", rltDays, 0, 0, "P1");

    public static ErpCustomer Customer(string number, int transitDays = 0, string group = "A") =>
        new(number, $"Customer {number}", "Main Street 1", "Stuttgart", "70565", "DE", null, null, group, 100_000, "EUR", transitDays);

    public static ErpStock Stock(string item, decimal quantity) => new(item, "P1", quantity);

    public static ErpPurchaseOrderLine Purchase(string po, string item, decimal quantity, DateOnly expected) =>
        new(po, 10, item, "P1", quantity, 0, expected);

    public static ErpProductionOrder Production(string order, string item, decimal quantity, DateOnly finish, string status = "Released") =>
        new(order, item, "P1", quantity, 0, finish.AddDays(-7), finish, status);

    public static ErpCalendar Calendar(int pickPackDays = 0) => new("P1", [0, 6], [], pickPackDays);

    public static ErpDataset Dataset(
        IEnumerable<ErpItem> items, IEnumerable<ErpCustomer>? customers = null, IEnumerable<ErpStock>? stock = null,
        IEnumerable<ErpPurchaseOrderLine>? purchases = null, IEnumerable<ErpProductionOrder>? production = null, ErpCalendar? calendar = null) =>
        new([.. items], [.. customers ?? [Customer("C-1")]], [.. stock ?? []], [.. production ?? []], [.. purchases ?? []], [calendar ?? Calendar()]);
}
