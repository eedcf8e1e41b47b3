namespace Crm.Domain.Supply;

/// <summary>A plant's working days and its pick/pack time, as the ERP maintains them.</summary>
public sealed class PlantCalendar
{
    private HashSet<DateOnly>? _holidaySet;

    private PlantCalendar()
    {
        Plant = "";
        WeekendDays = [];
        Holidays = [];
    }

    public PlantCalendar(string plant, IEnumerable<DayOfWeek> weekendDays, IEnumerable<DateOnly> holidays, int pickPackDays)
    {
        if (string.IsNullOrWhiteSpace(plant))
            throw new Common.DomainRuleException("calendar.plant_missing", "A calendar needs a plant.", "plant");
        Plant = plant;
        WeekendDays = [];
        Holidays = [];
        Update(weekendDays, holidays, pickPackDays);
    }

    /// <summary>Monday to Friday, no holidays, no pick/pack time: used for a plant the ERP sent no calendar for.</summary>
    public static PlantCalendar Standard(string plant) =>
        new(plant, [DayOfWeek.Saturday, DayOfWeek.Sunday], [], 0);

    public string Plant { get; private set; }

    public DayOfWeek[] WeekendDays { get; private set; }

    public DateOnly[] Holidays { get; private set; }

    public int PickPackDays { get; private set; }

    public void Update(IEnumerable<DayOfWeek> weekendDays, IEnumerable<DateOnly> holidays, int pickPackDays)
    {
        var weekend = weekendDays.Distinct().Order().ToArray();
        if (weekend.Length == 7)
            throw new Common.DomainRuleException("calendar.no_working_day", "A plant calendar needs at least one working day.", "weekendDays");
        if (pickPackDays is < 0 or > 60)
            throw new Common.DomainRuleException("calendar.pick_pack_range", "Pick/pack time is 0 to 60 working days.", "pickPackDays");
        WeekendDays = weekend;
        Holidays = holidays.Distinct().Order().ToArray();
        PickPackDays = pickPackDays;
        _holidaySet = null;
    }

    public bool IsWorkingDay(DateOnly day)
    {
        _holidaySet ??= [.. Holidays];
        return Array.IndexOf(WeekendDays, day.DayOfWeek) < 0 && !_holidaySet.Contains(day);
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The working day that lies <paramref name="days"/> working days after <paramref name="from"/>
    /// (or before it, for a negative count). Zero days gives the next working day on or after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (days == 0) return NextWorkingDayOnOrAfter(from);
        var step = Math.Sign(days);
        var day = from;
        for (var remaining = Math.Abs(days); remaining > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) remaining--;
        }
        return day;
    }
}
