namespace Crm.Domain.Activities;

/// <summary>Where an open activity falls in its owner's agenda, in the owner's time zone: overdue (due before now),
/// today, the rest of this week (Monday to Sunday), or later.</summary>
public static class Agenda
{
    public static AgendaBucket Of(DateTimeOffset due, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (due < now) return AgendaBucket.Overdue;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime);
        if (day == today) return AgendaBucket.Today;
        return day <= EndOfWeek(today) ? AgendaBucket.ThisWeek : AgendaBucket.Later;
    }

    /// <summary>The Sunday that ends the week of this day.</summary>
    public static DateOnly EndOfWeek(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);

    /// <summary>The instant the week after this one starts, in the zone: where "this week" ends.</summary>
    public static DateTimeOffset WeekEnds(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var monday = EndOfWeek(today).AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(monday, zone.GetUtcOffset(monday)).ToUniversalTime();
    }
}
