using Crm.Api.Features.Integration;
using Crm.Api.Features.Sales.Orders;
using Crm.Api.Features.Sales.Quotes;
using Crm.Api.Features.Sales.Repromising;
using Crm.Api.Infrastructure;
using Hangfire;
using Hangfire.Dashboard;

namespace Crm.Api.Features;

/// <summary>The features' recurring jobs and the job dashboard (admins only).</summary>
public static class RecurringJobs
{
    public static void MapCrmJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OutboxDispatcher>("erp-outbox", d => d.DispatchAsync(CancellationToken.None),
            app.Configuration["Jobs:OutboxCron"] ?? Cron.Minutely());
        // A node that starts after a crash sends what waits in the outbox now, not at the next sweep.
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatcher>(d => d.DispatchAsync(CancellationToken.None));
        jobs.AddOrUpdate<ErpSyncJob>("erp-sync", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:ErpSyncCron"] ?? "*/15 * * * *");
        jobs.AddOrUpdate<ProcessBackorders>("backorders", p => p.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:BackordersCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<RecheckProvisionalOrders>("provisional-orders", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:ProvisionalCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<ExpireQuotes>("quote-expiry", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:QuoteExpiryCron"] ?? Cron.Hourly());

        jobs.AddOrUpdate<Activities.ActivityReminders>("activity-reminders", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:RemindersCron"] ?? Cron.Minutely());

        jobs.AddOrUpdate<Service.SlaJob>("sla", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:SlaCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<Infrastructure.Mail.MailDispatcher>("mail", d => d.SendAsync(CancellationToken.None),
            app.Configuration["Jobs:MailCron"] ?? Cron.Minutely());

        jobs.AddOrUpdate<Sales.Segmentation.SegmentCustomers>("segmentation", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:SegmentationCron"] ?? Cron.Daily(2));

        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminOnly()] }, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
