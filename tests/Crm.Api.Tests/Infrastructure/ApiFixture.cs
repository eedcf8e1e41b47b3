using Crm.Api.Features.Demo;
using Crm.Api.Features.Integration;
using Crm.Api.Features.Sales.Availability;
using Crm.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>One PostgreSQL, one ERP mock and one Crm.Api host for the whole API suite; the database is reset
/// with Respawn before each test (users and roles stay, Hangfire's schema is left alone).</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private const string Database = "crm";
    private Respawner? _respawner;

    public PostgresServer Postgres { get; private set; } = null!;

    public ErpMockServer Erp { get; private set; } = null!;

    public CrmApp App { get; private set; } = null!;

    /// <summary>A real SMTP server on loopback that every node of the suite sends its mail to.</summary>
    public Crm.Api.Infrastructure.Mail.LoopbackMailbox Mail { get; private set; } = null!;

    public string ConnectionString => Postgres.ConnectionString(Database);

    public async Task InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync();
        await Postgres.CreateDatabaseAsync(Database);
        Erp = await ErpMockServer.StartAsync();
        Mail = new Crm.Api.Infrastructure.Mail.LoopbackMailbox(CrmApiProcess.FreePort());
        App = NewApp();
        _ = App.Server; // starts the host: migrates the database and seeds roles and demo users

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore =
            [
                new Table("__EFMigrationsHistory"), new Table("AspNetUsers"), new Table("AspNetRoles"), new Table("AspNetUserRoles"),
                new Table("AspNetUserClaims"), new Table("AspNetRoleClaims"), new Table("AspNetUserLogins"), new Table("AspNetUserTokens"),
            ],
        });
    }

    /// <summary>How every Crm.Api node of the suite is configured: this database, this ERP, the cases' "today".</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Crm"] = ConnectionString,
        ["Erp:Mode"] = "Rest",
        ["Erp:BaseUrl"] = Erp.Url,
        ["Clock:Today"] = ErpData.Today.ToString("yyyy-MM-dd"),
        ["Demo:Enabled"] = "true",
        ["Jobs:Workers"] = "2",
        ["Mail:Loopback"] = "false",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Another Crm.Api host in this process on the same database and ERP, with these settings on top.</summary>
    public CrmApp NewApp(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = Settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        return new CrmApp(settings);
    }

    /// <summary>Empties the CRM tables. A job the previous story queued (outbox delivery, backorder processing) may
    /// still hold row locks; PostgreSQL then picks the reset as a deadlock victim, and the reset simply runs again.</summary>
    public async Task ResetAsync()
    {
        await JobsIdleAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                await _respawner!.ResetAsync(connection);
                // What the app remembers of the emptied tables goes with them.
                App.Services.GetRequiredService<LastSupplySync>().Forget();
                // The demo teams, as demo mode made them at start: North takes the customers each story's ERP sends.
                await using var scope = App.Services.CreateAsyncScope();
                await DemoData.SeedTeamsAsync(scope.ServiceProvider);
                // And the sales stages every installation starts with.
                await Crm.Api.Features.Pipeline.Stages.EnsureAsync(scope.ServiceProvider.GetRequiredService<Crm.Api.Persistence.CrmDbContext>(), scope.ServiceProvider.GetRequiredService<Crm.Api.Persistence.UnitOfWork>(), default);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    /// <summary>Waits until no job of the previous story is still running. The shared node has two workers: a story
    /// that left both busy (a sync retrying against an ERP it made fail, say) left the next story's outbox delivery
    /// waiting past its patience, and a story waiting for delivery failed although nothing was wrong with it. Only
    /// live servers count: a job on a node a story killed stays "processing" in the store until its lease ends.</summary>
    private async Task JobsIdleAsync()
    {
        var monitor = App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromSeconds(60))
        {
            var live = monitor.Servers().Where(s => s.Heartbeat > DateTime.UtcNow.AddMinutes(-1)).Select(s => s.Name).ToHashSet();
            if (!monitor.ProcessingJobs(0, 100).Any(j => j.Value.ServerId is { } server && live.Contains(server))) break;
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Erp.DisposeAsync();
        await Mail.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
