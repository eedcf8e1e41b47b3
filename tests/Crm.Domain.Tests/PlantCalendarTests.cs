using Crm.Domain.Common;
using static Crm.Domain.Tests.Plant;

namespace Crm.Domain.Tests;

public sealed class PlantCalendarTests
{
    [Fact]
    public void Working_days_skip_weekends_and_holidays_both_ways()
    {
        var calendar = P1(0, March(5));

        Assert.Equal(March(9), calendar.AddWorkingDays(March(4), 2));
        Assert.Equal(March(4), calendar.AddWorkingDays(March(9), -2));
        Assert.Equal(March(8), calendar.NextWorkingDayOnOrAfter(March(6)));
        Assert.Equal(March(4), calendar.PreviousWorkingDayOnOrBefore(March(7)));
    }

    [Fact]
    public void A_calendar_without_working_days_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new Supply.PlantCalendar("P1", Enum.GetValues<DayOfWeek>(), [], 0));

        Assert.Equal("weekendDays", error.Field);
    }
}
