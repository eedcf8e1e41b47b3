using Crm.Domain.Common;
using Crm.Domain.Promising;
using Crm.Domain.Supply;

namespace Crm.Domain.Tests;

/// <summary>Test data in the words of atp-cases.md: "today" is Monday 2027-03-01 at plant P1, Monday to Friday.</summary>
internal static class Plant
{
    public static readonly DateOnly Today = new(2027, 3, 1);

    public static PlantCalendar P1(int pickPackDays = 0, params DateOnly[] holidays) =>
        new("P1", [DayOfWeek.Saturday, DayOfWeek.Sunday], holidays, pickPackDays);

    public static DateOnly March(int day) => new(2027, 3, day);

    public static SupplyEvent OnHand(decimal quantity) => new(Today, quantity, SupplySource.OnHand);

    public static SupplyEvent Po(int marchDay, decimal quantity) =>
        new(March(marchDay), quantity, new SupplySource(SupplyKind.PurchaseOrder, $"PO-{marchDay}"));

    public static SupplyEvent Production(int marchDay, decimal quantity) =>
        new(March(marchDay), quantity, new SupplySource(SupplyKind.ProductionOrder, $"P-{marchDay}"));

    public static DemandEvent Demand(int marchDay, decimal quantity) => new(March(marchDay), quantity);

    public static Dictionary<ProductKey, ProductAvailability> Product(
        string item, IEnumerable<SupplyEvent> supply, IEnumerable<DemandEvent>? demand = null, int rltDays = 0, PlantCalendar? calendar = null) =>
        new() { [new ProductKey(item, "P1")] = new ProductAvailability(new ProductKey(item, "P1"), calendar ?? P1(), [.. supply], [.. demand ?? []], rltDays) };

    public static OrderPromise Promise(
        Dictionary<ProductKey, ProductAvailability> products, DateOnly? delivery, int transitDays = 0, bool shipComplete = false,
        params LineRequest[] lines) =>
        PromisingEngine.Promise(new PromiseRequest(Today, delivery, transitDays, shipComplete, lines), products);

    public static LineRequest Line(string item, decimal quantity, bool complete = false) => new(item, "P1", quantity, complete);

    public static (decimal Quantity, DateOnly Material)[] Parts(LinePromise line) =>
        [.. line.ScheduleLines.Select(s => (s.Quantity, s.MaterialAvailabilityDate))];
}
