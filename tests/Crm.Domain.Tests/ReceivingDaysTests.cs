using Crm.Domain.Common;
using Crm.Domain.Promising;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

/// <summary>Deliveries land on the days the customer receives goods (DESIGN.md §4 "Receiving days").</summary>
public sealed class ReceivingDaysTests
{
    [Fact]
    public void A_delivery_that_transit_lands_on_a_Saturday_moves_to_the_Monday()
    {
        // Supply only on Wednesday 17 March; three days in transit reach Saturday the 20th.
        var products = Product("A", [Po(17, 10)]);

        var promise = Promise(products, delivery: null, transitDays: 3, lines: Line("A", 10));

        var line = promise.Lines.Single().ScheduleLines.Single();
        Assert.Equal((March(17), March(17), March(22)), (line.MaterialAvailabilityDate, line.ShipDate, line.DeliveryDate));
    }

    [Fact]
    public void A_requested_Easter_Sunday_is_answered_for_the_last_receiving_day_before_it_and_says_so()
    {
        var products = Product("A", [OnHand(10)]);
        var easterSunday = new DateOnly(2027, 4, 4);

        var promise = Promise(products, easterSunday, transitDays: 1, lines: Line("A", 10));

        var friday = new DateOnly(2027, 4, 2);
        Assert.Equal(friday, promise.AnsweredForDeliveryDate);
        var line = promise.Lines.Single().ScheduleLines.Single();
        Assert.Equal((new DateOnly(2027, 4, 1), friday), (line.ShipDate, line.DeliveryDate));
    }

    [Fact]
    public void A_customer_that_receives_on_Tuesdays_and_Thursdays_gets_its_goods_on_those_days()
    {
        var products = Product("A", [OnHand(10)]);
        var request = new PromiseRequest(Today, null, 1, false, [Line("A", 10)], new ReceivingDays([DayOfWeek.Tuesday, DayOfWeek.Thursday]));

        var promise = PromisingEngine.Promise(request, products);

        // Ships Monday 1 March, one day in transit: Tuesday the 2nd.
        Assert.Equal(March(2), promise.Lines.Single().ScheduleLines.Single().DeliveryDate);
        Assert.Null(promise.AnsweredForDeliveryDate);
    }
}
