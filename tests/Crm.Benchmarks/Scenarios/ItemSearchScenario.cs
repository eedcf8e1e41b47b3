using System.Diagnostics;
using Crm.Testing;
using ErpMock.Model;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// Issue 15's item picker: 50,000 items synced from the ERP, a rep typing into the item box (each keystroke one
/// search, 10 hits, as the UI asks), p50 and p99, on PostgreSQL and on the embedded SQLite default.
/// </summary>
internal static class ItemSearchScenario
{
    private const int Items = 50_000;
    private const int Searches = 2_000;

    private static readonly string[] Nouns =
        ["pump", "valve", "motor", "flange", "sensor", "roller", "bearing", "drive", "hose", "filter", "coupling", "cylinder", "manifold", "harness", "gearbox", "seal kit"];

    private static readonly string[] Adjectives =
        ["hydraulic", "pneumatic", "steel", "stainless", "servo", "ball", "pressure", "heat", "control", "gear", "solenoid", "conveyor", "Kühl", "Öl", "Ventil", "Rührwerk"];

    public static async Task RunAsync()
    {
        await using var stack = await BenchmarkStack.StartAsync();
        await stack.Erp.ReplaceDatasetAsync(Catalogue());
        using (var admin = await stack.SignedInAsync("admin"))
        {
            var watch = Stopwatch.StartNew();
            (await admin.PostAsync("/api/erp/sync", null)).EnsureSuccessStatusCode();
            Console.WriteLine($"synced {Items:N0} items in {watch.Elapsed.TotalSeconds:F1} s");
        }
        await MeasureAsync("PostgreSQL", stack.Api);

        var folder = Directory.CreateTempSubdirectory("b2bcrm-search-").FullName;
        var sqlite = new Dictionary<string, string>(stack.Settings)
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
        };
        await using var embedded = await CrmApiProcess.StartAsync(sqlite);
        using (var admin = await Signed(embedded, "admin")) (await admin.PostAsync("/api/erp/sync", null)).EnsureSuccessStatusCode();
        await MeasureAsync("SQLite", embedded);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task MeasureAsync(string database, CrmApiProcess api)
    {
        using var rep = await Signed(api, "sales");
        var random = new Random(15);
        foreach (var text in Typing(random).Take(100)) await rep.GetAsync(Url(text)); // warm-up
        var latencies = new Latencies();
        var hits = 0;
        var watch = Stopwatch.StartNew();
        foreach (var text in Typing(random).Take(Searches))
        {
            var call = Stopwatch.StartNew();
            var response = await rep.GetAsync(Url(text));
            response.EnsureSuccessStatusCode();
            latencies.Add(call.Elapsed);
            if ((await response.Content.ReadAsStringAsync()).Contains("itemNumber", StringComparison.Ordinal)) hits++;
        }
        Console.WriteLine($"item search, {database}, {Items:N0} items, one rep typing: {latencies.Summary(watch.Elapsed)}; {hits * 100 / Searches} % of searches found something");
    }

    private static string Url(string text) => $"/api/products?pageSize=10&search={Uri.EscapeDataString(text)}";

    /// <summary>What a rep types, keystroke by keystroke: a word or an item number, growing one letter at a time.</summary>
    private static IEnumerable<string> Typing(Random random)
    {
        while (true)
        {
            var word = random.Next(3) switch
            {
                0 => Nouns[random.Next(Nouns.Length)],
                1 => Adjectives[random.Next(Adjectives.Length)],
                _ => $"I-{random.Next(Items):D5}",
            };
            for (var length = 1; length <= word.Length; length++) yield return word[..length];
        }
    }

    private static ErpDataset Catalogue() => new(
        [.. Enumerable.Range(0, Items).Select(i => new ErpItem(
            $"I-{i:D5}", $"{Adjectives[i % Adjectives.Length]} {Nouns[i / Adjectives.Length % Nouns.Length]} {i % 997}", "PC", 10m + i % 500, "EUR", "Make", 0, 0, 0, "P1"))],
        ScenarioData.Customers(3), [], [], [], [new ErpCalendar("P1", [0, 6], [], 0)]);

    private static async Task<HttpClient> Signed(CrmApiProcess api, string who)
    {
        var client = api.NewClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        (await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = $"{who}@demo.b2bcrm", password = "Demo!2345" }))).EnsureSuccessStatusCode();
        return client;
    }
}
