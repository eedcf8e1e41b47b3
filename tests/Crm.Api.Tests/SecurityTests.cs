using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

/// <summary>What every later area relies on: no cross-site changes, guarded sign-in, sessions that really end,
/// and the headers a browser needs to protect the user.</summary>
public sealed class SecurityTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://evil.example")]
    public async Task A_change_a_browser_says_comes_from_another_site_is_refused_with_the_users_cookie(string? fetchSite, string? origin)
    {
        using var admin = await SignedInAsync("admin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/erp/sync");
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) request.Headers.Add("Origin", origin);

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var status = await admin.GetAsync<ErpStatusResponse>("/api/erp/status");
        Assert.All(status.Entities, e => Assert.Equal("NeverRun", e.State));
    }

    [Fact]
    public async Task The_apps_own_pages_and_clients_without_browser_headers_still_change_things()
    {
        using var admin = await SignedInAsync("admin");
        var fromThePage = new HttpRequestMessage(HttpMethod.Post, "/api/erp/sync");
        fromThePage.Headers.Add("Sec-Fetch-Site", "same-origin");
        fromThePage.Headers.Add("Origin", "http://localhost");

        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(fromThePage)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/erp/sync", null)).StatusCode);
    }

    [Fact]
    public async Task A_cookie_saved_before_logout_is_refused_afterwards()
    {
        using var browser = Fixture.App.CreateDefaultClient();
        var login = await LoginAsync(browser, "sales@demo.b2bcrm", "Demo!2345");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("b2bcrm=", StringComparison.Ordinal)).Split(';')[0];
        HttpRequestMessage WithCookie(HttpMethod method, string url) => new(method, url) { Headers = { { "Cookie", cookie } } };
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(WithCookie(HttpMethod.Get, "/api/auth/me"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(WithCookie(HttpMethod.Post, "/api/auth/logout"))).StatusCode);

        using var thief = Fixture.App.CreateDefaultClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.SendAsync(WithCookie(HttpMethod.Get, "/api/auth/me"))).StatusCode);
        using var sales = await SignedInAsync("sales");
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_are_throttled_alike_for_real_and_unknown_emails_and_the_owner_gets_back_in()
    {
        // Long enough that twenty hashed guesses fit inside it on a busy machine (other test assemblies run alongside).
        await using var node = Fixture.NewApp(new Dictionary<string, string?> { ["SignIn:ThrottleWindow"] = "00:00:10" });
        using var client = node.NewClient();
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var email in new[] { "admin@demo.b2bcrm", "nobody@demo.b2bcrm" })
            for (var i = 0; i < 10; i++)
            {
                var wrong = await LoginAsync(client, email, "guess-" + i);
                var problem = await wrong.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                answers.Add((wrong.StatusCode, $"{problem.GetProperty("title")} {problem.GetProperty("detail")} {problem.GetProperty("code")}"));
            }

        var real = await LoginAsync(client, "admin@demo.b2bcrm", "Demo!2345");
        var unknown = await LoginAsync(client, "nobody@demo.b2bcrm", "Demo!2345");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Item1));
        Assert.Single(answers.Select(a => a.Item2).Distinct());
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (real.StatusCode, unknown.StatusCode));
        var retryAfter = int.Parse(real.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 10);
        await Task.Delay(TimeSpan.FromSeconds(retryAfter + 0.5));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, "admin@demo.b2bcrm", "Demo!2345")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/orders")]
    [InlineData("/api/no-such-thing")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var sales = await SignedInAsync("sales");

        var response = await sales.GetAsync(url);

        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("frame-ancestors 'none'", headers["Content-Security-Policy"]);
        Assert.Contains("'wasm-unsafe-eval'", headers["Content-Security-Policy"]);
        Assert.Equal(("nosniff", "DENY"), (headers["X-Content-Type-Options"], headers["X-Frame-Options"]));
        Assert.True(headers.ContainsKey("Referrer-Policy"));
        Assert.False(headers.ContainsKey("Server"));
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing")]
    [InlineData("POST", "/api/orders/1/teleport")]
    public async Task An_unknown_API_address_is_a_404_problem_not_the_UI(string method, string url)
    {
        using var sales = await SignedInAsync("sales");

        var response = await sales.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outside_demo_mode_and_Development_there_are_no_demo_users()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"b2bcrm-nodemo-{Guid.NewGuid():N}")).FullName;
        await using (var node = new CrmApp(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Crm"] = $"Data Source={Path.Combine(folder, "crm.db")}",
            ["Erp:InboundFolder"] = Path.Combine(folder, "inbound"),
        }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(node.NewClient(), "admin@demo.b2bcrm", "Demo!2345")).StatusCode);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Outside_Development_the_API_document_is_for_signed_in_users_only()
    {
        using var anonymous = Fixture.App.NewClient();
        using var sales = await SignedInAsync("sales");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sales.GetAsync("/swagger/v1/swagger.json")).StatusCode);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password));
}
