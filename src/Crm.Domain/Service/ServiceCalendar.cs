using Crm.Domain.Common;

namespace Crm.Domain.Service;

/// <summary>When the service desk works: working days, the hours of a working day in the desk's time zone, and
/// holidays. SLA targets count only this business time.</summary>
public sealed class ServiceCalendar
{
    // Enough days to cross any run of holidays a real calendar has; a target that needs more is a broken calendar.
    private const int MaxDaysScanned = 3_700;

    private readonly HashSet<DayOfWeek> _workingDays;
    private readonly HashSet<DateOnly> _holidays;

    public ServiceCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek> workingDays, TimeOnly opensAt, TimeSpan hoursPerDay, IEnumerable<DateOnly> holidays)
    {
        _workingDays = [.. workingDays];
        if (_workingDays.Count == 0)
            throw new DomainRuleException("calendar.no_working_day", "A service calendar needs at least one working day.", "workingDays");
        if (hoursPerDay <= TimeSpan.Zero || opensAt.ToTimeSpan() + hoursPerDay > TimeSpan.FromDays(1))
            throw new DomainRuleException("calendar.hours", "A working day has more than no hours and ends by midnight.", "hoursPerDay");
        (Zone, OpensAt, HoursPerDay) = (zone, opensAt, hoursPerDay);
        _holidays = [.. holidays];
    }

    /// <summary>Monday to Friday, 08:00 to 17:00 in the zone, no holidays.</summary>
    public static ServiceCalendar Weekdays(TimeZoneInfo zone) =>
        new(zone, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new TimeOnly(8, 0), TimeSpan.FromHours(9), []);

    public TimeZoneInfo Zone { get; }

    public TimeOnly OpensAt { get; }

    public TimeSpan HoursPerDay { get; }

    public IReadOnlyCollection<DayOfWeek> WorkingDays => _workingDays;

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsWorkingDay(DateOnly day) => _workingDays.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>The moment (in UTC) that lies <paramref name="businessTime"/> of business time after <paramref name="from"/>.
    /// A start outside business hours counts from the next opening; a target that ends exactly at closing time is
    /// due at closing time, not at the next opening.</summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan businessTime)
    {
        if (businessTime < TimeSpan.Zero)
            throw new DomainRuleException("calendar.negative_time", "Business time to add cannot be negative.", "businessTime");
        var left = businessTime;
        foreach (var (opens, closes) in WindowsFrom(from))
        {
            if (closes <= from) continue;
            var start = opens > from ? opens : from;
            if (left <= closes - start) return (start + left).ToUniversalTime();
            left -= closes - start;
        }
        throw new DomainRuleException("calendar.too_far", "The service calendar has too few working days to reach the target.", "businessTime");
    }

    /// <summary>The business time between two moments; none when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from) return total;
        foreach (var (opens, closes) in WindowsFrom(from))
        {
            if (opens >= to) break;
            var start = opens > from ? opens : from;
            var end = closes < to ? closes : to;
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>The business hours of each working day from the day before <paramref name="from"/>'s local date on,
    /// as instants: a day's hours are read in the zone, so a day that changes to or from summer time is as long as
    /// the clock on the wall says.</summary>
    private IEnumerable<(DateTimeOffset Opens, DateTimeOffset Closes)> WindowsFrom(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Zone).DateTime).AddDays(-1);
        for (var i = 0; i < MaxDaysScanned; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var opens = day.ToDateTime(OpensAt);
            yield return (Instant(opens), Instant(opens + HoursPerDay));
        }
    }

    /// <summary>A wall-clock time in the zone as an instant. A time the clock skips (spring forward) is read as the
    /// moment the clock resumes; a time it shows twice (fall back) as its first showing.</summary>
    private DateTimeOffset Instant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var after = local;
            while (Zone.IsInvalidTime(after)) after = after.AddMinutes(1);
            return new DateTimeOffset(after, Zone.GetUtcOffset(after));
        }
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
