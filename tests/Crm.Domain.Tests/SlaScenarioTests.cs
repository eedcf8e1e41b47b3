using System.Globalization;
using Crm.Domain.Accounts;
using Crm.Domain.Common;
using Crm.Domain.Service;

namespace Crm.Domain.Tests;

/// <summary>Issue 18: the SLA clocks against due times worked out by hand, to the minute. A scenario is a case's life
/// as the desk lives it ("open", "respond" = the first public answer, "wait" = waiting on the customer, "resume" =
/// the customer answers, "resolve", "close", "reopen", "priority X"), read at "now". Times are wall-clock times in the
/// calendar's zone (a time without a date keeps the previous date; "Z" marks UTC).
///
/// Berlin: Mon–Fri 08:00–17:00 Europe/Berlin; holidays 24–26 Dec 2026, 1 Jan 2027, Good Friday and Easter Monday 2027.
/// NewYork: Mon–Fri 09:00–17:00 America/New_York. RoundTheClock: every day, all day, Europe/Berlin.
/// Targets (first response / resolution): Urgent 1 h / 4 h, High 2 h / 9 h, Normal 4 h / 18 h, Low 9 h / 45 h; accounts
/// of class A: Normal 2 h / 9 h.</summary>
public sealed class SlaScenarioTests
{
    public static readonly TheoryData<string, string, string, string, string, string, string> Scenarios = new()
    {
        // name, calendar, story, now, first response due, resolution due, state
        { "01 opened in business hours", "Berlin", "open 2026-12-07 09:00 Normal", "2026-12-07 10:00", "2026-12-07 13:00", "2026-12-09 09:00", "OnTrack" },
        { "02 opened an hour before closing", "Berlin", "open 2026-12-07 16:00 Normal", "2026-12-07 16:30", "2026-12-08 11:00", "2026-12-09 16:00", "OnTrack" },
        { "03 opened on a Saturday", "Berlin", "open 2026-12-05 10:00 Normal", "2026-12-05 12:00", "2026-12-07 12:00", "2026-12-08 17:00", "OnTrack" },
        { "04 opened before opening time", "Berlin", "open 2026-12-07 07:00 High", "2026-12-07 07:30", "2026-12-07 10:00", "2026-12-07 17:00", "OnTrack" },
        { "05 opened at closing time", "Berlin", "open 2026-12-07 17:00 High", "2026-12-07 17:00", "2026-12-08 10:00", "2026-12-08 17:00", "OnTrack" },
        { "06 Friday afternoon runs into Monday", "Berlin", "open 2026-12-11 15:00 Urgent", "2026-12-11 15:10", "2026-12-11 16:00", "2026-12-14 10:00", "OnTrack" },
        { "07 Friday half past four", "Berlin", "open 2026-12-11 16:30 Urgent", "2026-12-11 16:40", "2026-12-14 08:30", "2026-12-14 11:30", "OnTrack" },
        { "08 Christmas holidays skipped", "Berlin", "open 2026-12-23 14:00 Normal", "2026-12-23 14:30", "2026-12-28 09:00", "2026-12-29 14:00", "OnTrack" },
        { "09 opened on a holiday", "Berlin", "open 2026-12-24 10:00 High", "2026-12-24 10:00", "2026-12-28 10:00", "2026-12-28 17:00", "OnTrack" },
        { "10 New Year's Day skipped", "Berlin", "open 2026-12-31 15:00 Low", "2026-12-31 15:30", "2027-01-04 15:00", "2027-01-08 15:00", "OnTrack" },
        { "11 five business days", "Berlin", "open 2026-12-07 08:00 Low", "2026-12-07 09:00", "2026-12-07 17:00", "2026-12-11 17:00", "OnTrack" },
        { "12 paused and resumed the next day", "Berlin", "open 2026-12-07 09:00 Normal; respond 10:00; wait 10:00; resume 2026-12-08 10:00", "2026-12-08 12:00", "2026-12-07 13:00", "1 h Mon + 7 h Tue + 9 h Wed + 1 h => 2026-12-10 09:00", "OnTrack" },
        { "13 paused: no resolution due while waiting", "Berlin", "open 2026-12-07 09:00 Normal; respond 10:00; wait 10:00", "2026-12-07 15:00", "2026-12-07 13:00", "-", "Paused" },
        { "14 pause over a weekend", "Berlin", "open 2026-12-11 09:00 High; respond 09:30; wait 11:00; resume 2026-12-14 14:00", "2026-12-14 14:30", "2026-12-11 11:00", "2026-12-15 12:00", "OnTrack" },
        { "15 pause over Christmas", "Berlin", "open 2026-12-22 09:00 Normal; respond 09:15; wait 12:00; resume 2026-12-28 08:00", "2026-12-28 09:00", "2026-12-22 13:00", "2026-12-29 14:00", "OnTrack" },
        { "16 paused before the first answer pauses both clocks", "Berlin", "open 2026-12-07 09:00 Normal; wait 10:00; resume 14:00", "2026-12-07 14:30", "2026-12-07 17:00", "2026-12-09 13:00", "OnTrack" },
        { "17 two pauses", "Berlin", "open 2026-12-07 08:00 Urgent; respond 08:30; wait 09:00; resume 10:00; wait 10:30; resume 13:00", "2026-12-07 13:00", "2026-12-07 09:00", "2026-12-07 15:30", "OnTrack" },
        { "18 resolved while waiting", "Berlin", "open 2026-12-07 09:00 Normal; respond 09:30; wait 10:00; resolve 2026-12-08 09:00", "2026-12-08 10:00", "2026-12-07 13:00", "2026-12-09 17:00", "Met" },
        { "19 raised to Urgent re-targets from the start", "Berlin", "open 2026-12-07 09:00 Normal; priority 10:00 Urgent", "2026-12-07 10:30", "2026-12-07 10:00", "2026-12-07 13:00", "Breached" },
        { "20 raised to High the next morning", "Berlin", "open 2026-12-07 09:00 Low; respond 10:00; priority 2026-12-08 08:10 High", "2026-12-08 08:30", "2026-12-07 11:00", "2026-12-08 09:00", "Warning" },
        { "21 lowered to Low", "Berlin", "open 2026-12-07 09:00 Urgent; respond 09:10; priority 10:00 Low", "2026-12-07 10:30", "2026-12-08 09:00", "2026-12-14 09:00", "OnTrack" },
        { "22 raised after a pause", "Berlin", "open 2026-12-07 09:00 High; respond 09:30; wait 10:00; resume 14:00; priority 15:00 Urgent", "2026-12-07 15:00", "2026-12-07 10:00", "2026-12-07 17:00", "OnTrack" },
        { "23 reopened the next day resumes the clock", "Berlin", "open 2026-12-07 09:00 High; respond 09:30; resolve 12:00; reopen 2026-12-08 10:00", "2026-12-08 11:00", "2026-12-07 11:00", "2026-12-08 16:00", "OnTrack" },
        { "24 reopened after a weekend", "Berlin", "open 2026-12-10 14:00 Normal; respond 15:00; resolve 2026-12-11 10:00; reopen 2026-12-14 09:00", "2026-12-14 09:30", "1 h Thu, then 2 h + 1 h from the answer => 2026-12-11 09:00", "2026-12-15 13:00", "OnTrack" },
        { "25 reopened and resolved again", "Berlin", "open 2026-12-10 14:00 Normal; respond 15:00; resolve 2026-12-11 10:00; reopen 2026-12-14 09:00; resolve 12:00", "2026-12-14 13:00", "2026-12-11 09:00", "2026-12-15 13:00", "Met" },
        { "26 resolved after its due time stays breached", "Berlin", "open 2026-12-07 09:00 Urgent; respond 09:30; resolve 14:00", "2026-12-07 15:00", "2026-12-07 10:00", "2026-12-07 13:00", "Breached" },
        { "27 resolved exactly at its due time", "Berlin", "open 2026-12-07 09:00 Urgent; respond 09:30; resolve 13:00", "2026-12-07 15:00", "2026-12-07 10:00", "2026-12-07 13:00", "Met" },
        { "28 answered exactly at the first-response due time", "Berlin", "open 2026-12-07 09:00 Normal; respond 13:00", "2026-12-07 13:00", "2026-12-07 13:00", "2026-12-09 09:00", "OnTrack" },
        { "29 no answer a minute after due", "Berlin", "open 2026-12-07 09:00 Normal", "2026-12-07 13:01", "2026-12-07 13:00", "2026-12-09 09:00", "Breached" },
        { "30 due at closing time, looked at in the evening", "Berlin", "open 2026-12-07 08:00 High; respond 09:00", "2026-12-07 18:00", "2026-12-07 10:00", "2026-12-07 17:00", "Breached" },
        { "31 three quarters of the first-response time", "Berlin", "open 2026-12-07 09:00 Normal", "2026-12-07 12:00", "2026-12-07 13:00", "2026-12-09 09:00", "Warning" },
        { "32 a minute before the warning", "Berlin", "open 2026-12-07 09:00 Normal", "2026-12-07 11:59", "2026-12-07 13:00", "2026-12-09 09:00", "OnTrack" },
        { "33 closed after resolution", "Berlin", "open 2026-12-07 09:00 High; respond 09:30; resolve 11:00; close 2026-12-09 09:00", "2026-12-09 10:00", "2026-12-07 11:00", "2026-12-08 09:00", "Met" },
        { "34 New York: opened after closing (UTC already the next day)", "NewYork", "open 2026-12-07 22:30Z High", "2026-12-07 23:00Z", "2026-12-08 11:00", "2026-12-09 10:00", "OnTrack" },
        { "35 New York: Monday evening, Tuesday in Europe", "NewYork", "open 2026-12-08 03:00Z Urgent", "2026-12-08 03:30Z", "2026-12-08 10:00", "2026-12-08 13:00", "OnTrack" },
        { "36 round the clock: spring forward", "RoundTheClock", "open 2027-03-27 23:30 Urgent", "2027-03-27 23:45", "2027-03-28 00:30", "2027-03-28 04:30", "OnTrack" },
        { "37 round the clock: fall back", "RoundTheClock", "open 2026-10-24 23:30 Urgent", "2026-10-24 23:45", "2026-10-25 00:30", "2026-10-25 01:30Z", "OnTrack" },
        { "38 Easter and the change to summer time", "Berlin", "open 2027-03-25 15:00 Normal", "2027-03-25 15:30", "2027-03-30 10:00", "2027-03-31 15:00", "OnTrack" },
        { "39 class A account's own policy", "Berlin:A", "open 2026-12-07 09:00 Normal", "2026-12-07 09:30", "2026-12-07 11:00", "2026-12-08 09:00", "OnTrack" },
        { "40 class B account: the general policy", "Berlin:B", "open 2026-12-07 09:00 Normal", "2026-12-07 09:30", "2026-12-07 13:00", "2026-12-09 09:00", "OnTrack" },
        { "41 reopened after closing", "Berlin", "open 2026-12-07 09:00 High; respond 09:30; resolve 10:00; close 11:00; reopen 2026-12-08 08:00", "2026-12-08 08:30", "2026-12-07 11:00", "2026-12-08 16:00", "OnTrack" },
        { "42 a pause in the evening costs only its business part", "Berlin", "open 2026-12-07 16:00 Normal; respond 16:30; wait 16:45; resume 20:00", "2026-12-07 20:00", "2026-12-08 11:00", "2026-12-09 16:15", "OnTrack" },
        { "43 a holiday on a Saturday changes nothing", "Berlin", "open 2026-12-23 17:30 Low", "2026-12-23 18:00", "2026-12-28 17:00", "2027-01-04 17:00", "OnTrack" },
        { "44 lowered after a breach: on track again", "Berlin", "open 2026-12-07 09:00 Urgent; priority 10:15 Low", "2026-12-07 10:30", "2026-12-08 09:00", "2026-12-14 09:00", "OnTrack" },
        { "45 resolution warning with the first answer given", "Berlin", "open 2026-12-07 08:00 High; respond 08:30", "2026-12-07 14:45", "2026-12-07 10:00", "2026-12-07 17:00", "Warning" },
        { "46 New York: the end of summer time over a weekend", "NewYork", "open 2026-10-30 16:00 High", "2026-10-30 16:30", "2026-11-02 10:00", "2026-11-02 17:00", "OnTrack" },
        { "47 breached while waiting stays breached", "Berlin", "open 2026-12-07 09:00 Urgent; respond 09:30; wait 13:30", "2026-12-07 15:00", "2026-12-07 10:00", "2026-12-07 13:00", "Breached" },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_SLA_due_times_match_the_hand_computed_ones(string name, string calendar, string story, string now,
        string firstResponseDue, string resolutionDue, string state)
    {
        var (serviceCalendar, segment) = Calendar(calendar);
        var serviceCase = Live(story, serviceCalendar.Zone);

        var sla = serviceCase.Sla(Policies, serviceCalendar, segment, At(now, serviceCalendar.Zone, default));

        var zone = serviceCalendar.Zone;
        Assert.True(Expected(firstResponseDue, zone) == sla.FirstResponse.Due, $"{name}: first response due {Show(sla.FirstResponse.Due, zone)}, expected {firstResponseDue}");
        Assert.True(Expected(resolutionDue, zone) == sla.Resolution.Due, $"{name}: resolution due {Show(sla.Resolution.Due, zone)}, expected {resolutionDue}");
        Assert.Equal(Enum.Parse<SlaState>(state), sla.State);
    }

    [Fact]
    public void The_table_holds_at_least_forty_scenarios_with_distinct_names() =>
        Assert.True(Scenarios.Count >= 40 && Scenarios.Select(s => (string)s[0]).Distinct().Count() == Scenarios.Count);

    internal static readonly SlaPolicies Policies = new(
    [
        new SlaPolicy(CasePriority.Urgent, TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
        new SlaPolicy(CasePriority.High, TimeSpan.FromHours(2), TimeSpan.FromHours(9)),
        new SlaPolicy(CasePriority.Normal, TimeSpan.FromHours(4), TimeSpan.FromHours(18)),
        new SlaPolicy(CasePriority.Low, TimeSpan.FromHours(9), TimeSpan.FromHours(45)),
        new SlaPolicy(CasePriority.Normal, TimeSpan.FromHours(2), TimeSpan.FromHours(9), AbcClass.A),
    ]);

    private static readonly TimeSpan ReopenPeriod = TimeSpan.FromDays(14);

    internal static readonly ServiceCalendar Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(8, 0), TimeSpan.FromHours(9),
        [new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 26), new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29)]);

    private static readonly ServiceCalendar NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), TimeSpan.FromHours(8), []);

    private static readonly ServiceCalendar RoundTheClock = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        Enum.GetValues<DayOfWeek>(), new TimeOnly(0, 0), TimeSpan.FromDays(1), []);

    private static (ServiceCalendar, AbcClass?) Calendar(string name) => name.Split(':') switch
    {
        ["Berlin"] => (Berlin, null),
        ["Berlin", var abc] => (Berlin, Enum.Parse<AbcClass>(abc)),
        ["NewYork"] => (NewYork, null),
        ["RoundTheClock"] => (RoundTheClock, null),
        _ => throw new ArgumentException($"No calendar {name}."),
    };

    /// <summary>Plays the story on a case through the desk's own transitions.</summary>
    private static ServiceCase Live(string story, TimeZoneInfo zone)
    {
        ServiceCase? serviceCase = null;
        var day = default(DateOnly);
        foreach (var step in story.Split(';', StringSplitOptions.TrimEntries))
        {
            var words = step.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var timeWords = words.Skip(1).TakeWhile(w => char.IsDigit(w[0])).ToArray();
            var at = At(string.Join(' ', timeWords), zone, day);
            day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
            var argument = words.Skip(1 + timeWords.Length).FirstOrDefault();
            var agent = new ChangeContext("agent", "", at);
            var customer = new ChangeContext("buyer", "", at);
            switch (words[0])
            {
                case "open":
                    serviceCase = ServiceCase.Open(new AccountId(1), new TeamId(1), null, null, null, "Pump leaks", "", CaseCategory.Quality,
                        Enum.Parse<CasePriority>(argument!), CaseOrigin.ServiceDesk, "Service desk", agent);
                    break;
                case "respond": serviceCase!.Comment("We are on it.", true, false, ReopenPeriod, agent); break;
                case "wait": serviceCase!.MoveTo(CaseStatus.WaitingOnCustomer, ReopenPeriod, agent); break;
                case "resume": serviceCase!.Comment("Here are the photos.", true, true, ReopenPeriod, customer); break;
                case "resolve": serviceCase!.MoveTo(CaseStatus.Resolved, ReopenPeriod, agent); break;
                case "close": serviceCase!.MoveTo(CaseStatus.Closed, ReopenPeriod, agent); break;
                case "reopen": serviceCase!.MoveTo(CaseStatus.InProgress, ReopenPeriod, agent); break;
                case "priority": serviceCase!.Prioritise(Enum.Parse<CasePriority>(argument!), agent); break;
                default: throw new ArgumentException($"Unknown step {step}.");
            }
        }
        return serviceCase!;
    }

    /// <summary>"2026-12-07 09:00" in the zone, "09:00" on the previous step's day, "...Z" in UTC.</summary>
    private static DateTimeOffset At(string text, TimeZoneInfo zone, DateOnly day)
    {
        if (text.EndsWith('Z'))
            return DateTimeOffset.ParseExact(text.TrimEnd('Z'), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var local = text.Contains(' ')
            ? DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : day.ToDateTime(TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The expected due time; "a => b" is a note of how it was worked out, b is the answer; "-" is none.</summary>
    private static DateTimeOffset? Expected(string text, TimeZoneInfo zone)
    {
        var answer = text.Split("=>", StringSplitOptions.TrimEntries)[^1];
        return answer == "-" ? null : At(answer, zone, default);
    }

    private static string Show(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "-";
}
