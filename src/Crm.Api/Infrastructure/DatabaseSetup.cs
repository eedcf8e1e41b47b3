using Crm.Api.Persistence.Audit;
using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Crm.Api.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="CrmDbContext"/> for <c>Database:Provider</c> and <c>ConnectionStrings:Crm</c>, pooled:
    /// a request reuses a context instead of building one with its options and services.
    /// SQLite, the embedded default, keeps its file in App_Data beside the app.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) AddCrmDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Crm");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<AuditAuthor>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "crm.db")}";
                }
                builder.Services.AddDbContextPool<CrmDbContext, SqliteCrmDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditTrail>()));
                break;
            case DatabaseProvider.Postgres:
                connectionString = WithPreparedStatements(Required(connectionString, provider));
                builder.Services.AddDbContextPool<CrmDbContext, PostgresCrmDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditTrail>()));
                break;
            case DatabaseProvider.SqlServer:
                connectionString = Required(connectionString, provider);
                builder.Services.AddDbContextPool<CrmDbContext, SqlServerCrmDbContext>((sp, o) => o.UseSqlServer(connectionString).AddInterceptors(sp.GetRequiredService<AuditTrail>()));
                break;
        }
        return (provider, connectionString!);
    }

    /// <summary>The statements a confirmation runs again and again are prepared once per connection, so PostgreSQL skips
    /// parsing and planning them: most of what a short query costs it. And a connection going back to the pool is not
    /// reset: the app changes no session settings, and EF Core opens a connection for every query outside a
    /// transaction, each time paying for the reset. A connection string that says otherwise wins.</summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            npgsql.MaxAutoPrepare = 100;
            npgsql.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) npgsql.NoResetOnClose = true;
        return npgsql.ConnectionString;
    }

    public static async Task MigrateCrmDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await RecreateIfFromBeforeTheFoldAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseSetup)), ct);
        await db.Database.MigrateAsync(ct);
        // Readers never wait for the writer in WAL mode; the setting stays with the database file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>The migrations were folded into one Initial per provider before the first release. An embedded
    /// database made by the earlier ones holds demo data only and is made anew; a server database is never dropped.</summary>
    private static async Task RecreateIfFromBeforeTheFoldAsync(CrmDbContext db, ILogger log, CancellationToken ct)
    {
        if (!await db.Database.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().ExistsAsync(ct)) return;
        var known = db.Database.GetMigrations().ToHashSet();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0) return;
        if (!db.Database.IsSqlite())
            throw new InvalidOperationException(
                $"The database was made by migrations this version no longer has ({string.Join(", ", unknown)}); create a new database for it.");
        log.LogWarning("The embedded database predates the folded migrations ({Migrations}); it is deleted and made anew with fresh demo data",
            string.Join(", ", unknown));
        await db.Database.EnsureDeletedAsync(ct);
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:Crm is required for the {provider} provider.")
            : connectionString;
}
