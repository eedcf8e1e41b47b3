using System.Net.Http.Json;
using Crm.Testing;

namespace Crm.Benchmarks.Scenarios;

/// <summary>What a scenario runs against: a throw-away PostgreSQL, the ERP mock, and Crm.Api (Release build) as its
/// own process on that database. Recurring jobs are switched off so that only the measured work runs.</summary>
internal sealed class BenchmarkStack : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2027, 3, 1);
    private const string Never = "0 0 31 2 *";

    private BenchmarkStack(PostgresServer postgres, ErpMockServer erp, CrmApiProcess api, string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        Settings = settings;
        Postgres = postgres;
        Erp = erp;
        Api = api;
        ConnectionString = connectionString;
    }

    public PostgresServer Postgres { get; }

    public ErpMockServer Erp { get; }

    public CrmApiProcess Api { get; }

    public string ConnectionString { get; }

    /// <summary>How the node is configured: another node started with these shares its database and ERP.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<BenchmarkStack> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var postgres = await PostgresServer.StartAsync();
        await postgres.CreateDatabaseAsync("crm");
        var erp = await ErpMockServer.StartAsync();
        await erp.LoadAsync(new ErpMock.Model.ErpDataset([], [], [], [], [], []), Today);
        var connectionString = postgres.ConnectionString("crm");
        var all = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Crm"] = connectionString,
            ["Erp:Mode"] = "Rest",
            ["Erp:BaseUrl"] = erp.Url,
            ["Clock:Today"] = Today.ToString("yyyy-MM-dd"),
            ["Demo:Enabled"] = "true",
            ["Jobs:ErpSyncCron"] = Never,
            ["Jobs:OutboxCron"] = Never,
            ["Jobs:BackordersCron"] = Never,
            ["Jobs:ProvisionalCron"] = Never,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var api = await CrmApiProcess.StartAsync(all);
        return new BenchmarkStack(postgres, erp, api, connectionString, all);
    }

    public async Task<HttpClient> SignedInAsync(string who)
    {
        var client = Api.NewClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = $"{who}@demo.b2bcrm", password = "Demo!2345" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Erp.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
