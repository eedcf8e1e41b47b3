using Crm.Api.Persistence;
using Crm.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Features.Activities;

/// <summary>The recurring job that reminds owners of their activities in the app when the reminder time has come. Each
/// reminder goes out once: the notification and the activity's "reminded" mark are one save.</summary>
public sealed class ActivityReminders(CrmDbContext db, ActivityTime zone, UnitOfWork unitOfWork, TimeProvider time)
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        while (true)
        {
            var due = await db.Activities.Where(a => a.RemindedAt == null && a.RemindAt != null && a.RemindAt <= now && a.Status == ActivityStatus.Open)
                .OrderBy(a => a.RemindAt).Take(Batch).ToListAsync(ct);
            if (due.Count == 0) return sent;
            foreach (var activity in due)
            {
                var at = TimeZoneInfo.ConvertTime(activity.Due!.Value, zone.Zone);
                db.Notifications.Add(new Notification(activity.Owner, "reminder",
                    $"{activity.Type} at {at:HH:mm} ({at:ddd d MMM}): {activity.Subject} – {activity.RegardingTitle}", $"/agenda?activity={activity.Id}", now));
                activity.Reminded(now);
            }
            await unitOfWork.SaveAsync(ct);
            sent += due.Count;
            db.ChangeTracker.Clear();
        }
    }
}
