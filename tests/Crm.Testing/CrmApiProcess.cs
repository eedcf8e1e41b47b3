using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Crm.Testing;

/// <summary>Crm.Api as its own operating-system process on a free loopback port, configured through environment
/// variables only: a second node that shares nothing with the test process but the database and the ERP.</summary>
public sealed class CrmApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new();

    private CrmApiProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<CrmApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var folder = ApiBuildFolder();
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Crm.Api.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Crm.Api did not start.");
        var node = new CrmApiProcess(process, url);
        process.OutputDataReceived += (_, e) => node.Log(e.Data);
        process.ErrorDataReceived += (_, e) => node.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitUntilHealthyAsync();
        return node;
    }

    /// <summary>The most memory the process has held so far (its peak resident set, from /proc on Linux).</summary>
    public long PeakMemoryMegabytes()
    {
        var status = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return status is null ? -1 : long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    /// <summary>A browser-like client of this node: it keeps its sign-in cookie.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Url };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>What the process has written so far, for a scenario or a failing test to show.</summary>
    public string Output
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log) _log.WriteLine(line);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        string log;
        lock (_log) log = _log.ToString();
        throw new InvalidOperationException($"Crm.Api at {Url} did not become healthy. Its output:\n{log}");
    }

    /// <summary>Crm.Api's own build output, in the configuration the tests were built in.</summary>
    private static string ApiBuildFolder()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        for (var folder = testFolder; folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "B2BCrm.sln"))) continue;
            var api = Path.Combine(folder.FullName, "src", "Crm.Api", "bin", configuration, framework);
            return File.Exists(Path.Combine(api, "Crm.Api.dll"))
                ? api
                : throw new InvalidOperationException($"Crm.Api is not built at {api}.");
        }
        throw new InvalidOperationException("B2BCrm.sln not found above the test folder.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
