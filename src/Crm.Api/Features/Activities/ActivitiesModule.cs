using Crm.Api.Infrastructure;
using Crm.Api.Infrastructure.Visibility;
using Crm.Api.Persistence;
using Hangfire;

namespace Crm.Api.Features.Activities;

/// <summary>Calls, meetings, tasks and notes regarding any record; the agenda, calendar feeds, reminders and the
/// notifications in the app.</summary>
public sealed class ActivitiesModule : IAreaModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddUseCases(typeof(ActivityCommands), typeof(ActivityQueries), typeof(CalendarFeeds), typeof(ActivityReminders), typeof(Notifications),
            typeof(RegardedRecords));
        services.AddSingleton<ActivityTime>();
        services.AddScoped<IDomainEventHandler, ActivitiesFollowTheirAccount>();
    }

    public void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services, IConfiguration configuration) =>
        jobs.AddOrUpdate<ActivityReminders>("activity-reminders", j => j.RunAsync(CancellationToken.None), configuration["Jobs:RemindersCron"] ?? Cron.Minutely());
}
