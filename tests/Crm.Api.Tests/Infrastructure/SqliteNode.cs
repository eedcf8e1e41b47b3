using Crm.Testing;
using ErpMock.Model;

namespace Crm.Api.Tests.Infrastructure;

/// <summary>One Crm.Api on a SQLite file of its own, in REST mode against an ERP mock of its own that holds a
/// dataset, on the ERP's today.</summary>
public sealed class SqliteNode : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"b2bcrm-sqlite-node-{Guid.NewGuid():N}");

    private SqliteNode(ErpMockServer erp)
    {
        Erp = erp;
        Directory.CreateDirectory(_folder);
        App = new CrmApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}",
            ["Erp:Mode"] = "Rest",
            ["Erp:BaseUrl"] = erp.Url,
            ["Clock:Today"] = ErpData.Today.ToString("yyyy-MM-dd"),
            ["Demo:Enabled"] = "true",
            // Demo mode runs a mail server; on a port of its own, so it never meets another node's or the end-to-end app's.
            ["Mail:Port"] = Crm.Testing.CrmApiProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public ErpMockServer Erp { get; }

    public CrmApp App { get; }

    public static async Task<SqliteNode> StartAsync(ErpDataset dataset)
    {
        var erp = await ErpMockServer.StartAsync();
        await erp.LoadAsync(dataset, ErpData.Today);
        return new SqliteNode(erp);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Erp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
