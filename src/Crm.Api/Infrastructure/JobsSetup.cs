using Hangfire;
using Hangfire.Dashboard;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;

namespace Crm.Api.Infrastructure;

/// <summary>Hangfire storage follows the database: in memory for SQLite (durable state lives in the CRM database),
/// PostgreSQL or SQL Server otherwise, so several API nodes share one queue.</summary>
public static class JobsSetup
{
    public static void AddCrmJobs(this WebApplicationBuilder builder, DatabaseProvider provider, string connectionString)
    {
        // This host's own storage and activator, registered before AddHangfire so that its static defaults are not
        // used: jobs always run in the container of the host that owns the server.
        builder.Services.AddSingleton<JobStorage>(_ => provider switch
        {
            DatabaseProvider.Postgres => new PostgreSqlStorage(
                new NpgsqlConnectionFactory(OwnPool(connectionString), PostgresOptions), PostgresOptions),
            DatabaseProvider.SqlServer => new SqlServerStorage(connectionString, new SqlServerStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
            _ => new InMemoryStorage(),
        });
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = builder.Configuration.GetValue("Jobs:Workers", Math.Min(Environment.ProcessorCount * 2, 8));
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
    }

    /// <summary>Jobs get their own connection pool, so a burst of requests never starves the job server (nor the
    /// other way round).</summary>
    private static string OwnPool(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "b2bcrm-jobs", MaxPoolSize = 20, MaxAutoPrepare = 0 }.ConnectionString;

    private static readonly PostgreSqlStorageOptions PostgresOptions = new()
    {
        QueuePollInterval = TimeSpan.FromSeconds(1),
        SchemaName = "hangfire",
    };

    /// <summary>The platform's own job (mail) and the job dashboard, admins only.</summary>
    public static void MapCrmJobs(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Mail.MailDispatcher>("mail", d => d.SendAsync(CancellationToken.None),
            app.Configuration["Jobs:MailCron"] ?? Cron.Minutely());
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminOnly()] }, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
