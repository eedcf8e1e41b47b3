using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Features.Activities;
using Crm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Api.Tests.Infrastructure.ErpData;

namespace Crm.Api.Tests;

/// <summary>Issue 17 §4: calls, meetings, tasks and notes about any record, the rep's agenda, follow-ups, reminders in
/// the app and the calendar feed.</summary>
public sealed class ActivityTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task The_agenda_sorts_my_open_activities_and_a_done_call_plans_its_follow_up_about_the_same_deal()
    {
        await ErpHoldsAsync(Dataset([Item("A")]));
        using var rep = await SignedInAsync("sales");
        var deal = await DealAsync(rep);
        var quiet = await rep.CreateOpportunityAsync(new OpportunityRequest(deal.AccountId, "Nobody called", 100, March(20)));
        var now = PipelineClient.Now;
        var regarding = new RegardingRef("Opportunity", deal.Id);

        var call = await rep.PlanAsync(new ActivityRequest("Call", "Chase the signature", regarding, now.AddHours(-2)));
        var meeting = await rep.PlanAsync(new ActivityRequest("Meeting", "Site visit", regarding, LaterToday(now), 90));
        var task = await rep.PlanAsync(new ActivityRequest("Task", "Send drawings", new RegardingRef("Account", deal.AccountId), WednesdayAt10()));
        await rep.PlanAsync(new ActivityRequest("Note", "Prefers email", regarding));

        var agenda = await rep.AgendaAsync();
        Assert.Equal((call.Id, meeting.Id, task.Id), (Assert.Single(agenda.Overdue).Id, Assert.Single(agenda.Today).Id, Assert.Single(agenda.ThisWeek).Id));
        Assert.Equal(("Europe/Berlin", "Presses 2027", 90), (agenda.TimeZone, agenda.Today[0].RegardingTitle, agenda.Today[0].DurationMinutes));

        var board = await rep.BoardAsync();
        Assert.Equal(1, board.WithoutNextActivity);
        var cards = board.Columns.SelectMany(c => c.Deals).ToDictionary(d => d.Id);
        Assert.Null(cards[quiet.Id].NextActivityDue);
        Assert.Equal(meeting.Due, cards[deal.Id].NextActivityDue);

        var done = await rep.PostAsync<ActivityCompletedResponse>($"/api/activities/{call.Id}/complete",
            new ActivityCompletion("Signs on Friday", new ActivityFollowUp("Call", "Confirm the signature", WednesdayAt10().AddHours(1))));
        Assert.Equal(("Done", "Signs on Friday"), (done.Activity.Status, done.Activity.Outcome));
        var next = await rep.GetAsync<ActivityResponse>($"/api/activities/{done.NextId}");
        Assert.Equal(("Opportunity", deal.Id, "sales@demo.b2bcrm", "Open"), (next.RegardingType, next.RegardingId, next.Owner, next.Status));

        var timeline = await rep.GetAsync<PagedResult<ActivityResponse>>($"/api/activities?accountId={deal.AccountId}");
        Assert.Equal(["Site visit", "Send drawings", "Confirm the signature", "Chase the signature", "Prefers email"], timeline.Items.Select(a => a.Subject));
        Assert.Empty((await rep.AgendaAsync()).Overdue);
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_another_teams_activities_are_not_there()
    {
        await ErpHoldsAsync(Dataset([Item("A")]));
        using var rep = await SignedInAsync("sales");
        using var south = await SignedInAsync("sales2");
        var deal = await DealAsync(rep);
        var regarding = new RegardingRef("Opportunity", deal.Id);
        var now = PipelineClient.Now;
        foreach (var (request, field) in new[]
        {
            (new ActivityRequest("Task", "No time", regarding), "due"),
            (new ActivityRequest("Lunch", "x", regarding, now), "type"),
            (new ActivityRequest("Call", "x", new RegardingRef("Invoice", 1), now), "regarding.type"),
            (new ActivityRequest("Call", "x", new RegardingRef("Opportunity", 987654), now), "regarding.id"),
            (new ActivityRequest("Call", "x", regarding, now, RemindAt: now.AddHours(1)), "remindAt"),
            (new ActivityRequest("Call", "x", regarding, now, Owner: "sales2@demo.b2bcrm"), "owner"),
        })
            Assert.Contains(field, (await (await rep.PostAsJsonAsync("/api/activities", request)).FieldErrorsAsync()).Keys, StringComparer.OrdinalIgnoreCase);

        var call = await rep.PlanAsync(new ActivityRequest("Call", "Chase", regarding, now.AddDays(1)));
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/api/activities/{call.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await south.PostAsJsonAsync($"/api/activities/{call.Id}/complete", new ActivityCompletion())).StatusCode);
        Assert.Contains("regarding.id", (await (await south.PostAsJsonAsync("/api/activities", new ActivityRequest("Call", "x", regarding, now))).FieldErrorsAsync()).Keys);
        Assert.Empty((await south.GetAsync<PagedResult<ActivityResponse>>("/api/activities")).Items);
        Assert.Equal("Open", (await rep.GetAsync<ActivityResponse>($"/api/activities/{call.Id}")).Status);
    }

    [Fact]
    public async Task A_reminder_comes_once_in_the_app_and_the_secret_calendar_link_shows_my_meetings()
    {
        await ErpHoldsAsync(Dataset([Item("A")]));
        using var rep = await SignedInAsync("sales");
        var deal = await DealAsync(rep);
        var now = PipelineClient.Now;
        var meeting = await rep.PlanAsync(new ActivityRequest("Meeting", "Kick-off", new RegardingRef("Opportunity", deal.Id), now.AddMinutes(10), 60, RemindAt: now.AddMinutes(-1)));

        Assert.Equal(1, await RunRemindersAsync());
        Assert.Equal(0, await RunRemindersAsync());
        var reminder = Assert.Single((await rep.GetAsync<PagedResult<NotificationResponse>>("/api/notifications?unreadOnly=true")).Items);
        Assert.Equal("reminder", reminder.Kind);
        Assert.Contains("Meeting at", reminder.Text);
        Assert.Contains("Kick-off – Presses 2027", reminder.Text);
        Assert.Equal(HttpStatusCode.NoContent, (await rep.PostAsync($"/api/notifications/{reminder.Id}/read", null)).StatusCode);
        Assert.Empty((await rep.GetAsync<PagedResult<NotificationResponse>>("/api/notifications?unreadOnly=true")).Items);

        var link = await rep.PostAsync<CalendarLinkResponse>("/api/activities/calendar-link", null);
        using var calendarApp = Fixture.App.NewClient();
        var feed = await calendarApp.GetStringAsync(new Uri(link.Url).PathAndQuery);
        Assert.Contains("BEGIN:VCALENDAR", feed);
        Assert.Contains($"UID:activity-{meeting.Id}@b2bcrm", feed);
        Assert.Contains("SUMMARY:Meeting: Kick-off", feed);
        await rep.PostAsync<CalendarLinkResponse>("/api/activities/calendar-link", null);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(new Uri(link.Url).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_call_held_with_a_lead_raises_its_score()
    {
        await ErpHoldsAsync(Dataset([Item("A")]));
        using var rep = await SignedInAsync("sales");
        var lead = await rep.CreateLeadAsync(new LeadRequest("Acme Tools", "Smith", Email: "bob@gmail.com"));
        var call = await rep.PlanAsync(new ActivityRequest("Call", "Intro", new RegardingRef("Lead", lead.Id), PipelineClient.Now.AddHours(1)));

        await rep.PostAsync<ActivityCompletedResponse>($"/api/activities/{call.Id}/complete", new ActivityCompletion("Interested"));

        var scored = await rep.LeadAsync(lead.Id);
        Assert.Equal(lead.Score + 10, scored.Score);
        Assert.Contains("1 call(s) or meeting(s) held (+10)", scored.ScoreReasons);
    }

    private async Task<int> RunRemindersAsync()
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActivityReminders>().RunAsync(default);
    }

    private static async Task<OpportunityResponse> DealAsync(HttpClient rep)
    {
        var account = (await rep.GetAsync<PagedResult<AccountSummary>>("/api/accounts?kind=Customer")).Items.Single().Id;
        return await rep.CreateOpportunityAsync(new OpportunityRequest(account, "Presses 2027", 50_000, March(20)));
    }

    /// <summary>Halfway between now and midnight in Berlin: later, and still today there.</summary>
    private static DateTimeOffset LaterToday(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Berlin);
        var midnight = new DateTimeOffset(local.Date.AddDays(1), Berlin.GetUtcOffset(local.Date.AddDays(1)));
        return now + (midnight - now) / 2;
    }

    /// <summary>Wednesday of the test week (today is Monday 2027-03-01) at 10:00 in Berlin.</summary>
    private static DateTimeOffset WednesdayAt10() => new(March(3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));
}
