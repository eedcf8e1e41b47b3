using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>Which supply covers a promise, in the worked cases.</summary>
public sealed class PeggingTests
{
    [Fact]
    public void Case1_the_new_line_is_covered_by_what_stock_the_later_commitments_leave()
    {
        var a = Product("A", [OnHand(100), Po(10, 50)], [Demand(5, 80), Demand(12, 60)]);
        var promise = Promise(a, March(2), lines: Line("A", 30)).Lines.Single();

        var coverage = Pegging.Explain(a.Values.Single(), Today, promise.ScheduleLines).Single();

        Assert.Equal([new Coverage(SupplySource.OnHand, March(1), 10)], coverage);
    }

    [Fact]
    public void Case2_each_schedule_line_names_its_production_or_purchase_order()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)]);
        var promise = Promise(b, March(1), lines: Line("B", 70)).Lines.Single();

        var coverage = Pegging.Explain(b.Values.Single(), Today, promise.ScheduleLines);

        Assert.Equal(
        [
            [(SupplyKind.OnHand, null, March(1), 20m)],
            [(SupplyKind.ProductionOrder, "P-8", March(8), 30m)],
            [(SupplyKind.PurchaseOrder, "PO-15", March(15), 20m)],
        ], coverage.Select(c => c.Select(x => (x.Source.Kind, x.Source.Reference, x.AvailableOn, x.Quantity)).ToArray()).ToArray());
    }

    [Fact]
    public void Case3_what_no_document_brings_by_the_RLT_date_rests_on_the_lead_time()
    {
        var b = Product("B", [OnHand(20), Production(8, 30), Po(15, 50)], rltDays: 5);
        var promise = Promise(b, March(1), lines: Line("B", 70)).Lines.Single();

        var coverage = Pegging.Explain(b.Values.Single(), Today, promise.ScheduleLines);

        Assert.Equal(
            [new Coverage(new SupplySource(SupplyKind.ProductionOrder, "P-8"), March(8), 30), new Coverage(SupplySource.Replenishment, March(8), 20)],
            coverage[1]);
    }
}
