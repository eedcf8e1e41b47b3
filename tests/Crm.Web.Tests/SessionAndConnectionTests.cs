using Crm.Contracts;
using Crm.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

/// <summary>What the API client does when the session ends or the connection goes, so no typed work is lost.</summary>
public sealed class SessionAndConnectionTests : UiTest
{
    private static readonly QuoteResponse Quote = new(7, "Q-000007", "C-1001", "Draft", null, new DateOnly(2027, 3, 31), false, 0, null,
        DateTimeOffset.UnixEpoch, []);

    [Fact]
    public async Task A_session_that_ends_mid_work_asks_to_sign_in_again_and_the_call_goes_on()
    {
        Api.Answer("GET", "/api/quotes/7", Quote).SignedOut("GET", "/api/quotes/7");
        var asked = 0;
        Services.GetRequiredService<ApiEvents>().SignInAgain = () => { asked++; return Task.FromResult(true); };

        var quote = await Services.GetRequiredService<QuotesClient>().QuoteAsync(7);

        Assert.Equal(("Q-000007", 1), (quote.Number, asked));
        Assert.Equal(2, Api.Requests.Count(r => r.Route == "GET /api/quotes/7"));
    }

    [Fact]
    public async Task A_change_is_never_resent_on_its_own_when_the_connection_drops()
    {
        Api.Answer("POST", "/api/quotes", Quote).Unreachable("POST", "/api/quotes");
        var events = Services.GetRequiredService<ApiEvents>();

        var problem = await Assert.ThrowsAsync<ApiProblem>(() =>
            Services.GetRequiredService<QuotesClient>().CreateQuoteAsync(new QuoteRequest("C-1001", null, null, false, [new("A-100", 1)])));

        Assert.Equal("No connection to the server", problem.Title);
        Assert.True(events.Offline);
        Assert.Single(Api.Requests, r => r.Route == "POST /api/quotes");
    }

    [Fact]
    public async Task A_read_is_tried_again_and_the_banner_goes_when_the_server_answers()
    {
        Api.Answer("GET", "/api/quotes/7", Quote).Unreachable("GET", "/api/quotes/7");
        var events = Services.GetRequiredService<ApiEvents>();
        var seen = new List<bool>();
        events.Changed += () => seen.Add(events.Offline);

        var quote = await Services.GetRequiredService<QuotesClient>().QuoteAsync(7);

        Assert.Equal("Q-000007", quote.Number);
        Assert.Equal([true, false], seen);
    }
}
