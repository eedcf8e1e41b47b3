using Crm.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Api.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="CrmDbContext"/> for <c>Database:Provider</c> and <c>ConnectionStrings:Crm</c>.
    /// SQLite, the embedded default, keeps its file in App_Data beside the app.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) AddCrmDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Crm");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "crm.db")}";
                }
                builder.Services.AddDbContext<CrmDbContext, SqliteCrmDbContext>(o => o.UseSqlite(connectionString));
                break;
            case DatabaseProvider.Postgres:
                connectionString = Required(connectionString, provider);
                builder.Services.AddDbContext<CrmDbContext, PostgresCrmDbContext>(o => o.UseNpgsql(connectionString));
                break;
            case DatabaseProvider.SqlServer:
                connectionString = Required(connectionString, provider);
                builder.Services.AddDbContext<CrmDbContext, SqlServerCrmDbContext>(o => o.UseSqlServer(connectionString));
                break;
        }
        return (provider, connectionString!);
    }

    public static async Task MigrateCrmDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.Database.MigrateAsync(ct);
        // Readers never wait for the writer in WAL mode; the setting stays with the database file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:Crm is required for the {provider} provider.")
            : connectionString;
}
