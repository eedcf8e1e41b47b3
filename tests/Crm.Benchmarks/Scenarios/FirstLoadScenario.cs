using System.Diagnostics;
using Microsoft.Playwright;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// Issue 15's first load: the README's run command (`dotnet run --project src/Crm.Api`, its Debug build, on a fresh
/// database), Debian's Chromium with an empty cache opening the README's address on loopback; the bytes transferred until the
/// sign-in form is interactive and how long that took, the median of five cold loads.
/// </summary>
internal static class FirstLoadScenario
{
    private const int Loads = 5;

    public static async Task RunAsync()
    {
        var root = RepositoryRoot();
        var folder = Directory.CreateTempSubdirectory("b2bcrm-first-load-").FullName;
        var port = Crm.Testing.CrmApiProcess.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", ["run", "--project", Path.Combine(root, "src", "Crm.Api"), "--no-launch-profile", "--urls", url])
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}";
        start.Environment["Erp__OutboundFolder"] = Path.Combine(folder, "out");
        using var app = Process.Start(start)!;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            await WaitAsync(url);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
            var loads = new List<Load>();
            for (var i = 0; i < Loads; i++) loads.Add(await LoadAsync(browser, url));
            foreach (var l in loads)
                Console.WriteLine($"  cold load: sign-in {Mb(l.SignInBytes)} in {l.SignInRequests} requests, interactive after {l.SignInMs:F0} ms; then the app {Mb(l.AppBytes)} in {l.AppRequests} requests, home shown {l.HomeMs:F0} ms after pressing Sign in");
            var median = loads.OrderBy(l => l.SignInMs).ElementAt(Loads / 2);
            var home = loads.OrderBy(l => l.HomeMs).ElementAt(Loads / 2);
            Console.WriteLine($"first load (median of {Loads}): {Mb(median.SignInBytes)} transferred in {median.SignInRequests} requests, sign-in form interactive after {median.SignInMs / 1000:F2} s");
            Console.WriteLine($"after sign-in (median of {Loads}): the app {Mb(home.AppBytes)} in {home.AppRequests} requests, home dashboard shown after {home.HomeMs / 1000:F2} s");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Load(long SignInBytes, int SignInRequests, double SignInMs, long AppBytes, int AppRequests, double HomeMs);

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F2} MB";

    private static async Task<Load> LoadAsync(IBrowser browser, string url)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => { lock (finished) finished.Add(request); };
        var watch = Stopwatch.StartNew();
        // The README's address: a visitor not signed in is sent to the sign-in page by the server.
        await page.GotoAsync(url);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
        await button.WaitForAsync(new() { Timeout = 60_000 });
        // Interactive: the form takes typing and the button is enabled (the app has started and rendered it).
        await page.GetByLabel("Email").FillAsync("sales@demo.b2bcrm");
        await Assertions.Expect(button).ToBeEnabledAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (bytes, count) = await TransferredAsync(finished);

        await page.GetByLabel("Password").FillAsync("Demo!2345");
        var signIn = Stopwatch.StartNew();
        await button.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Good to see you", Level = 1 }).WaitForAsync(new() { Timeout = 60_000 });
        var home = signIn.Elapsed.TotalMilliseconds;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var (all, allCount) = await TransferredAsync(finished);
        return new Load(bytes, count, elapsed, all - bytes, allCount - count, home);
    }

    private static async Task<(long Bytes, int Requests)> TransferredAsync(List<IRequest> finished)
    {
        long bytes = 0;
        List<IRequest> requests;
        lock (finished) requests = [.. finished];
        var largest = new List<(long, string)>();
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            largest.Add((sizes.ResponseBodySize, request.Url));
        }
        if (Environment.GetEnvironmentVariable("FIRST_LOAD_DETAIL") is not null)
            foreach (var (size, at) in largest.OrderByDescending(l => l.Item1).Take(12)) Console.WriteLine($"    {size / 1024,8:N0} KB {at}");
        return (bytes, requests.Count);
    }

    private static async Task WaitAsync(string url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync($"{url}/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Building or starting.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The app did not start within 5 minutes.");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "B2BCrm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("B2BCrm.sln not found.");
    }
}
