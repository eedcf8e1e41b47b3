using Crm.Domain.Accounts;
using Crm.Domain.Service;

namespace Crm.Api.Features.Service;

/// <summary>The service desk's calendar and SLA, as an admin set them: one row, with a policy row per priority (and
/// per segment where one has its own).</summary>
public sealed class ServiceSettings
{
    public const int SingletonId = 1;

    private ServiceSettings()
    {
        TimeZone = "";
        WorkingDays = [];
        Holidays = [];
        Policies = [];
    }

    public ServiceSettings(ServiceCalendar calendar, SlaPolicies policies, int reopenDays) : this()
    {
        Id = SingletonId;
        Change(calendar, policies, reopenDays);
    }

    public int Id { get; private set; }

    public string TimeZone { get; private set; }

    public DayOfWeek[] WorkingDays { get; private set; }

    public TimeOnly OpensAt { get; private set; }

    public int MinutesPerDay { get; private set; }

    public DateOnly[] Holidays { get; private set; }

    public double WarningShare { get; private set; }

    public double SecondLevelShare { get; private set; }

    public bool RaisePriorityOnBreach { get; private set; }

    /// <summary>How long after its resolution a case can be reopened.</summary>
    public int ReopenDays { get; private set; }

    public List<SlaPolicyRow> Policies { get; private set; }

    public TimeSpan ReopenPeriod => TimeSpan.FromDays(ReopenDays);

    public void Change(ServiceCalendar calendar, SlaPolicies policies, int reopenDays)
    {
        if (reopenDays is < 0 or > 365)
            throw new Crm.Domain.Common.DomainRuleException("service.reopen_days", "A case can be reopened for 0 to 365 days.", "reopenDays");
        (TimeZone, WorkingDays, OpensAt, MinutesPerDay) = (calendar.Zone.Id, [.. calendar.WorkingDays.Order()], calendar.OpensAt, (int)calendar.HoursPerDay.TotalMinutes);
        Holidays = [.. calendar.Holidays.Order()];
        (WarningShare, SecondLevelShare, RaisePriorityOnBreach, ReopenDays) = (policies.WarningShare, policies.SecondLevelShare, policies.RaisePriorityOnBreach, reopenDays);
        Policies.Clear();
        Policies.AddRange(policies.All.Select(p => new SlaPolicyRow(p.Priority, p.Segment, (int)p.FirstResponse.TotalMinutes, (int)p.Resolution.TotalMinutes)));
    }

    public ServiceCalendar Calendar() =>
        new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkingDays, OpensAt, TimeSpan.FromMinutes(MinutesPerDay), Holidays);

    public SlaPolicies Sla() => new(
        Policies.Select(p => new SlaPolicy(p.Priority, TimeSpan.FromMinutes(p.FirstResponseMinutes), TimeSpan.FromMinutes(p.ResolutionMinutes), p.Segment)),
        WarningShare, SecondLevelShare, RaisePriorityOnBreach);
}

/// <summary>An SLA policy as stored: targets in business minutes.</summary>
public sealed record SlaPolicyRow(CasePriority Priority, AbcClass? Segment, int FirstResponseMinutes, int ResolutionMinutes);
