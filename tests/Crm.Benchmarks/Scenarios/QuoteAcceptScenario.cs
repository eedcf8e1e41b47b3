extern alias CrmApi;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmApi::Crm.Api.Infrastructure.Mail;
using Crm.Testing;
using static Crm.Benchmarks.Scenarios.ScenarioData;

namespace Crm.Benchmarks.Scenarios;

/// <summary>
/// A buyer accepts a quote of 20 lines in the portal: one transaction that checks the version, converts the quote,
/// confirms its order under the products' locks (every line promised again) and compares the dates with the token.
/// 60 quotes are made and sent by a rep; the buyer opens each and accepts it; the acceptance's latency is measured
/// (goal: p95 at most 3 s on this 2-core machine). PostgreSQL, Crm.Api in Release as its own process.
/// </summary>
internal static partial class QuoteAcceptScenario
{
    private const int Quotes = 60;
    private const int Lines = 20;

    public static async Task RunAsync()
    {
        await using var mailbox = new LoopbackMailbox(CrmApiProcess.FreePort());
        await using var stack = await BenchmarkStack.StartAsync(new Dictionary<string, string>
        {
            ["Mail:Loopback"] = "false", ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await stack.Erp.ReplaceDatasetAsync(Dataset(Lines, 3, stock: 1_000_000, produced: 0, BenchmarkStack.Today));
        using var admin = await stack.SignedInAsync("admin");
        (await admin.PostAsync("/api/erp/sync", null)).EnsureSuccessStatusCode();
        using var rep = await stack.SignedInAsync("sales");
        var (buyer, contact) = await BuyerAsync(stack, admin, mailbox);

        var accept = new Latencies();
        var total = Stopwatch.StartNew();
        for (var q = 0; q < Quotes; q++)
        {
            var quote = await ReadAsync(await rep.PostAsJsonAsync("/api/quotes", new
            {
                customerNumber = CustomerNumber(0), contactId = contact,
                lines = Enumerable.Range(0, Lines).Select(i => new { itemNumber = ItemNumber(i), quantity = 1 + (q + i) % 5 }),
            }));
            var id = quote.GetProperty("id").GetInt64();
            (await rep.PostAsJsonAsync($"/api/quotes/{id}/send", new { })).EnsureSuccessStatusCode();
            var shown = await ReadAsync(await buyer.GetAsync($"/api/portal/quotes/{id}"));
            var watch = Stopwatch.StartNew();
            var accepted = await buyer.PostAsJsonAsync($"/api/portal/quotes/{id}/accept", new
            {
                name = "Bench Buyer", promiseToken = shown.GetProperty("promiseToken").GetString(), authorisedToOrder = true,
            });
            watch.Stop();
            var order = await ReadAsync(accepted);
            if (order.GetProperty("status").GetString() != "Confirmed") throw new InvalidOperationException($"Quote {id} became a {order.GetProperty("status")} order.");
            accept.Add(watch.Elapsed);
        }
        Console.WriteLine($"Quote acceptance online, {Lines} lines, {Quotes} quotes one after another: p50 {accept.Percentile(50):F0} ms, " +
            $"p95 {accept.Percentile(95):F0} ms (goal <= 3000), p99 {accept.Percentile(99):F0} ms, max {accept.Percentile(100):F0} ms; whole run {total.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>A buyer of the first customer, invited by mail: the link from the mail sets the password.</summary>
    private static async Task<(HttpClient Buyer, long Contact)> BuyerAsync(BenchmarkStack stack, HttpClient admin, LoopbackMailbox mailbox)
    {
        var accounts = await ReadAsync(await admin.GetAsync($"/api/accounts?search={CustomerNumber(0)}"));
        var account = accounts.GetProperty("items").EnumerateArray().First(a => a.GetProperty("customerNumber").GetString() == CustomerNumber(0)).GetProperty("id").GetInt64();
        const string email = "bench.buyer@c-000.example";
        var contact = (await ReadAsync(await admin.PostAsJsonAsync($"/api/accounts/{account}/contacts", new { lastName = "Buyer", firstName = "Bench", email })))
            .GetProperty("id").GetInt64();
        (await admin.PostAsync($"/api/accounts/{account}/contacts/{contact}/portal-invitation", null)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        MimeKit.MimeMessage? invitation;
        while ((invitation = mailbox.Received.LastOrDefault(m => m.To.ToString().Contains(email))) is null && DateTime.UtcNow < deadline) await Task.Delay(200);
        var token = Uri.UnescapeDataString(TokenPattern().Match(invitation?.TextBody ?? "").Groups["token"].Value);
        using var anonymous = stack.Api.NewClient();
        (await anonymous.PostAsJsonAsync("/api/portal/invitations/accept", new { email, token, password = "Bench!2345" })).EnsureSuccessStatusCode();
        var buyer = stack.Api.NewClient();
        buyer.Timeout = TimeSpan.FromMinutes(5);
        (await buyer.PostAsJsonAsync("/api/auth/login", new { email, password = "Bench!2345" })).EnsureSuccessStatusCode();
        return (buyer, contact);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex("token=(?<token>[^&\\s]+)")]
    private static partial Regex TokenPattern();
}
