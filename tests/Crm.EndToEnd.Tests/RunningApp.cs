using Crm.Testing;

namespace Crm.EndToEnd.Tests;

/// <summary>The product as the README runs it (embedded defaults, demo data synced through the bridge, the trimmed
/// UI), with a fresh database, and Debian's Chromium driven by Playwright.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    private CrmApiProcess? _app;
    private string _folder = "";

    public string BaseUrl => _app!.Url.ToString();

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Where the app's loopback mail server keeps what it receives, as .eml files.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("b2bcrm-e2e-").FullName;
        _app = await CrmApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(_folder, "crm.db")}",
            ["Erp:OutboundFolder"] = Path.Combine(_folder, "out"),
            ["Mail:LoopbackFolder"] = Path.Combine(_folder, "mail"),
            // The demo's mail server on a port of its own: the API suite's demo-mode nodes run at the same time.
            ["Mail:Port"] = CrmApiProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Directory.CreateDirectory(Screenshots);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The app may hold its database a moment longer; the system cleans its temp folder.
        }
    }

    private static string ChromiumPath() =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "The running app";
}
