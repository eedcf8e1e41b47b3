using System.Security.Cryptography;
using System.Text;
using Crm.Api.Persistence;
using Crm.Domain.Activities;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>Each user's activities as an iCalendar feed behind a secret link, for Outlook, Google or Apple calendars:
/// from a month back to half a year ahead. The link is the only key (calendar apps send no sign-in), so only its hash is
/// stored and asking for a new one ends the old one.</summary>
public sealed class CalendarFeeds(CrmDbContext db, UnitOfWork unitOfWork, TimeProvider time)
{
    private const int DaysBack = 31, DaysAhead = 183;

    /// <summary>A new secret token for the user; the previous one stops working.</summary>
    public async Task<string> NewTokenAsync(string userName, CancellationToken ct)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserName == userName, ct);
        if (feed is null) db.CalendarFeeds.Add(new CalendarFeed(userName, Hash(token), time.GetUtcNow()));
        else feed.Replace(Hash(token), time.GetUtcNow());
        await unitOfWork.SaveAsync(ct);
        return token;
    }

    /// <summary>The feed's text, or null when the token is no user's.</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var user = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => f.UserName).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var now = time.GetUtcNow();
        var (from, to) = (now.AddDays(-DaysBack), now.AddDays(DaysAhead));
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Owner == user && a.Due != null && a.Due >= from && a.Due <= to && a.Type != ActivityType.Note)
            .OrderBy(a => a.Due).Take(2_000).ToListAsync(ct);

        var calendar = new Calendar { ProductId = "-//B2BCrm//Activities//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"B2BCrm – {user}");
        foreach (var activity in activities)
        {
            var start = activity.Due!.Value.UtcDateTime;
            var minutes = activity.DurationMinutes is > 0 ? activity.DurationMinutes.Value : activity.Type == ActivityType.Meeting ? 30 : 15;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"activity-{activity.Id}@b2bcrm",
                Summary = $"{activity.Type}: {activity.Subject}",
                Description = $"Regarding {activity.RegardingType.ToString().ToLowerInvariant()} {activity.RegardingTitle}" + (activity.Notes is { } notes ? $"\n\n{notes}" : ""),
                Start = new CalDateTime(start, "UTC"),
                End = new CalDateTime(start.AddMinutes(minutes), "UTC"),
                Status = activity.Status == ActivityStatus.Done ? "CONFIRMED" : "TENTATIVE",
                DtStamp = new CalDateTime(activity.CreatedAt.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
