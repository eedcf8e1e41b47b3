using System.Net;
using System.Net.Http.Json;
using Crm.Contracts;
using Crm.Api.Tests.Infrastructure;

namespace Crm.Api.Tests;

public sealed class SignInTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("GET", "/api/orders")]
    [InlineData("POST", "/api/atp/check")]
    [InlineData("POST", "/api/erp/sync")]
    [InlineData("GET", "/api/auth/me")]
    public async Task Anyone_not_signed_in_gets_401_and_no_redirect(string method, string url)
    {
        using var anonymous = Fixture.App.NewClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/", "/login")]
    [InlineData("/quotes/12?tab=lines", "/login?returnUrl=quotes%2F12%3Ftab%3Dlines")]
    [InlineData("/portal/quotes/3", "/login?returnUrl=portal%2Fquotes%2F3")]
    public async Task A_visitor_not_signed_in_is_sent_to_the_sign_in_page_before_the_app_loads(string page, string signIn)
    {
        using var anonymous = Fixture.App.NewClient();
        using var rep = await SignedInAsync("sales");

        var response = await anonymous.GetAsync(page);

        Assert.Equal((HttpStatusCode.Redirect, signIn), (response.StatusCode, response.Headers.Location?.OriginalString));
        Assert.NotEqual(HttpStatusCode.Redirect, (await anonymous.GetAsync("/login")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await rep.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Health_answers_without_sign_in()
    {
        using var anonymous = Fixture.App.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_problem()
    {
        using var client = Fixture.App.NewClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest("sales@demo.b2bcrm", "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_rep_sees_their_role_and_signing_out_ends_the_session()
    {
        using var sales = await SignedInAsync("sales");

        var me = await sales.GetAsync<CurrentUser>("/api/auth/me");
        Assert.Equal("sales@demo.b2bcrm", me.Email);
        Assert.Equal(["Sales"], me.Roles);

        Assert.Equal(HttpStatusCode.NoContent, (await sales.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sales.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("sales", HttpStatusCode.Forbidden)]
    [InlineData("orderdesk", HttpStatusCode.Forbidden)]
    [InlineData("integration", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Only_admins_and_integration_clients_run_an_ERP_sync(string who, HttpStatusCode expected)
    {
        using var client = await SignedInAsync(who);

        Assert.Equal(expected, (await client.PostAsync("/api/erp/sync", null)).StatusCode);
    }

    [Fact]
    public async Task The_job_dashboard_is_for_admins_only()
    {
        using var sales = await SignedInAsync("sales");
        using var admin = await SignedInAsync("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }
}
