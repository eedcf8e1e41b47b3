using System.Globalization;
using Crm.Contracts;
using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Domain.Activities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Api.Features.Activities;

/// <summary>Activities, the agenda, the calendar feed and in-app notifications.</summary>
public sealed class ActivityEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/activities").WithTags("Activities")
            .RequireAuthorization(p => p.RequireRole(Roles.People))
            .OnlyVisible("Activity", "id", (db, key) =>
            {
                var id = new ActivityId(long.Parse(key, CultureInfo.InvariantCulture));
                return db.Activities.Where(a => a.Id == id);
            });

        activities.MapGet("/", async Task<Ok<PagedResult<ActivityResponse>>> (
                string? regardingType, long? regardingId, long? accountId, string? owner, string? status, string? type,
                DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, Viewer viewer, ActivityQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(new ActivityQueries.Filter(regardingType, regardingId, accountId, owner, status, from, to, type), viewer, page, pageSize, ct)))
            .WithSummary("Activities the user's teams see: a record's timeline (regardingType and regardingId), an account's (accountId: everything about it, its contacts, deals, quotes and orders), or a calendar range (from, to). Open ones first by due time, then done ones latest first.")
            .ProducesValidationProblem();

        activities.MapGet("/agenda", async Task<Ok<AgendaResponse>> (Viewer viewer, ActivityQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.AgendaAsync(viewer, ct)))
            .WithSummary("My open activities: overdue, today, and the rest of this week.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        activities.MapGet("/{id:long}", async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> (long id, ActivityQueries queries, CancellationToken ct) =>
                await queries.FindAsync(id, ct) is { } activity ? TypedResults.Ok(activity) : Problems.NotFound("Activity", id))
            .WithSummary("One activity.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        activities.MapPost("/", async Task<Created<ActivityResponse>> (
                ActivityRequest request, Viewer viewer, ActivityCommands commands, ActivityQueries queries, CancellationToken ct) =>
            {
                var id = await commands.CreateAsync(request, viewer, ct);
                return TypedResults.Created($"/api/activities/{id}", (await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Plans a call, meeting or task, or logs a note, about an account, contact, lead, opportunity, quote or order the user works.")
            .ProducesValidationProblem();

        activities.MapPatch("/{id:long}", async Task<Ok<ActivityResponse>> (
                long id, ActivityPatch patch, Viewer viewer, ActivityCommands commands, ActivityQueries queries, CancellationToken ct) =>
            {
                await commands.ChangeAsync(id, patch, viewer, ct);
                return TypedResults.Ok((await queries.FindAsync(id, ct))!);
            })
            .WithSummary("Changes an activity's subject, notes, time, reminder or owner (left out = unchanged). If-Match is honoured.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        activities.MapPost("/{id:long}/complete", async Task<Ok<ActivityCompletedResponse>> (
                long id, ActivityCompletion completion, Viewer viewer, ActivityCommands commands, ActivityQueries queries, CancellationToken ct) =>
            {
                var next = await commands.CompleteAsync(id, completion, viewer, ct);
                return TypedResults.Ok(new ActivityCompletedResponse((await queries.FindAsync(id, ct))!, next));
            })
            .WithSummary("Marks the activity done with its outcome; next plans the follow-up about the same record in the same step.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        activities.MapPost("/calendar-link", async Task<Ok<CalendarLinkResponse>> (HttpContext http, Viewer viewer, CalendarFeeds feeds, CancellationToken ct) =>
            {
                var token = await feeds.NewTokenAsync(viewer.UserName, ct);
                return TypedResults.Ok(new CalendarLinkResponse($"{http.Request.Scheme}://{http.Request.Host}/api/calendar/{token}.ics"));
            })
            .WithSummary("A new secret address of my activities as an iCalendar feed, for a calendar app; the previous address stops working.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // Calendar apps fetch the feed without signing in: the secret in the address is the key.
        app.MapGet("/api/calendar/{token}.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string token, CalendarFeeds feeds, CancellationToken ct) =>
                await feeds.FeedAsync(token, ct) is { } feed ? TypedResults.Text(feed, "text/calendar; charset=utf-8") : Problems.NotFound("Calendar", "(this link)"))
            .AllowAnonymous()
            .WithName("getCalendarFeed")
            .WithTags("Activities")
            .WithSummary("The activities of the link's user as an iCalendar feed (from a month back to half a year ahead).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications")
            .RequireAuthorization(p => p.RequireRole(Roles.People));

        notifications.MapGet("/", async Task<Ok<PagedResult<NotificationResponse>>> (
                bool? unreadOnly, int? page, int? pageSize, Viewer viewer, Notifications all, CancellationToken ct) =>
                TypedResults.Ok(await all.ListAsync(viewer.UserName, unreadOnly ?? false, page, pageSize, ct)))
            .WithSummary("My notifications (reminders, ...), newest first.")
            .ProducesValidationProblem();

        notifications.MapPost("/{id:long}/read", async Task<Results<NoContent, ProblemHttpResult>> (long id, Viewer viewer, Notifications all, CancellationToken ct) =>
                await all.MarkReadAsync(id, viewer.UserName, ct) ? TypedResults.NoContent() : Problems.NotFound("Notification", id))
            .WithSummary("Marks one of my notifications read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
