using Bunit;
using Crm.Contracts;
using Crm.Web.Pages.Sales;
using Crm.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

/// <summary>The approvals inbox lists what waits, and marks what the manager may decide.</summary>
public sealed class ApprovalsPageTests : UiTest
{
    [Fact]
    public async Task A_manager_sees_the_quotes_waiting_and_which_are_theirs_to_decide()
    {
        SignedInAs("Manager");
        Api.Answer("GET", "/api/approvals?page=1&pageSize=20", new PagedResult<ApprovalSummary>(
        [
            new(7, "Q-000007", 2, "C-1001", "Nordwerk", 1965.10m, "EUR", 15m, "sales@demo.b2bcrm", DateTimeOffset.UnixEpoch,
                ["Line 1: 15 % off A-100's price is above the limit of 10 %."], true),
        ], 1, 1, 20));
        await Services.GetRequiredService<Session>().RefreshAsync();

        var page = Render<Approvals>();

        page.WaitForAssertion(() => Assert.Contains("Q-000007", string.Join(";", Api.Requests.Select(r => r.Route)) + page.Find("[aria-label='Approvals']").TextContent));
        var grid = page.Find("[aria-label='Approvals']").TextContent;
        Assert.Contains("For you", grid);
        Assert.Contains("15 % off A-100", grid);
        Assert.Contains("v2", grid);
    }
}
