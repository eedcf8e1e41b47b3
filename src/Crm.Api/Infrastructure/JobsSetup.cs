using Crm.Api.Features.Erp;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;

namespace Crm.Api.Infrastructure;

/// <summary>Hangfire storage follows the database: in memory for SQLite (durable state lives in the CRM database),
/// PostgreSQL or SQL Server otherwise, so several API nodes share one queue.</summary>
public static class JobsSetup
{
    public static void AddCrmJobs(this WebApplicationBuilder builder, DatabaseProvider provider, string connectionString)
    {
        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.Postgres:
                    config.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(connectionString),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), SchemaName = "hangfire" });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString, new SqlServerStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = builder.Configuration.GetValue("Jobs:Workers", Math.Min(Environment.ProcessorCount * 2, 8));
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
    }

    public static void MapCrmJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OutboxDispatcher>("erp-outbox", d => d.DispatchAsync(CancellationToken.None),
            app.Configuration["Jobs:OutboxCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<ErpSyncJob>("erp-sync", j => j.RunAsync(CancellationToken.None),
            app.Configuration["Jobs:ErpSyncCron"] ?? "*/15 * * * *");

        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminOnly()] })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
