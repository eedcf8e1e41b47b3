using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Crm.Api.Contracts;
using Crm.Web.Pages;

namespace Crm.Web.Tests;

public sealed class AtRiskPageTests : UiTest
{
    private static readonly DateTimeOffset Morning = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly AtRiskLineResponse Moved = new(
        7, "SO-000007", "C-1001", "Nordwerk Maschinenbau GmbH", "sales@demo.b2bcrm", 1, "A-100", "P1", 10, 10,
        March(10), March(22), March(12), Morning, "ERP supply changed");

    private static readonly AtRiskLineResponse Short = new(
        8, "SO-000008", "C-1001", "Nordwerk Maschinenbau GmbH", "sales@demo.b2bcrm", 2, "B-100", "P1", 10, 6,
        null, March(4), null, null, null);

    private static PagedResult<AtRiskLineResponse> Page(params AtRiskLineResponse[] lines) => new(lines, lines.Length, 1, 25);

    [Fact]
    public void A_rep_sees_a_moved_promise_with_its_old_and_new_date_and_marks_the_customer_told()
    {
        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25", Page(Moved, Short))
            .Answer("POST", "/api/orders/7/lines/1/acknowledge-risk", new { });
        var page = Render<AtRisk>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#at-risk tbody tr").Count));

        var moved = page.FindAll("#at-risk tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["SO-000007", "Nordwerk Maschinenbau GmbH", "1", "A-100", "10 of 10", "2027-03-10", "2027-03-12 → 2027-03-22", "ERP supply changed"], moved.Take(8));
        var short_ = page.FindAll("#at-risk tbody tr")[1];
        Assert.Equal("6 of 10", short_.QuerySelector(".quantity")!.TextContent.Trim());
        Assert.Contains("Not enough supply yet", short_.TextContent, StringComparison.Ordinal);
        Assert.Empty(short_.QuerySelectorAll("button"));

        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25", Page(Short));
        page.Find("#told-7-1").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("#at-risk tbody tr")));
        Assert.Contains("POST /api/orders/7/lines/1/acknowledge-risk", Api.Requests.Select(r => r.Route));
    }

    [Fact]
    public void Another_reps_line_cannot_be_marked_and_the_reason_is_shown()
    {
        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25", Page(Moved))
            .Answer("POST", "/api/orders/7/lines/1/acknowledge-risk",
                new { title = "Another rep's order", status = 403, detail = "Only the rep who took the order, the order desk or a manager can say the customer was told." },
                HttpStatusCode.Forbidden);
        var page = Render<AtRisk>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#told-7-1")));

        page.Find("#told-7-1").Click();

        page.WaitForAssertion(() => Assert.Contains("Only the rep who took the order", page.Find(".problem").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("#at-risk tbody tr"));
    }

    [Fact]
    public void Opened_from_an_order_the_page_lists_that_customers_lines_and_the_order_desk_narrows_them_to_one_item()
    {
        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25&customer=C-1001", Page(Moved, Short))
            .Answer("GET", "/api/promises/at-risk?page=1&pageSize=25&customer=C-1001&item=B-100", Page(Short));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("at-risk?customer=C-1001");

        var page = Render<AtRisk>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#at-risk tbody tr").Count));
        Assert.Equal("C-1001", page.Find("#filter-customer").GetAttribute("value"));

        page.Find("#filter-item").Change(" B-100 ");
        page.Find("form.filters").Submit();

        page.WaitForAssertion(() => Assert.Equal("B-100", page.Find("#at-risk tbody tr").QuerySelectorAll("td")[3].TextContent));
        Assert.Single(page.FindAll("#at-risk tbody tr"));
        Assert.Equal("http://localhost/at-risk?customer=C-1001&item=B-100", navigation.Uri);
    }

    [Fact]
    public void A_filter_that_finds_nothing_says_so_rather_than_that_every_promise_stands()
    {
        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25&item=Z-999", Page());
        Services.GetRequiredService<NavigationManager>().NavigateTo("at-risk?item=Z-999");

        var page = Render<AtRisk>();

        page.WaitForAssertion(() => Assert.Equal("Nothing at risk for this filter.", page.Find("#nothing-at-risk").TextContent));
    }

    [Fact]
    public void With_nothing_at_risk_the_page_says_so()
    {
        Api.Answer("GET", "/api/promises/at-risk?page=1&pageSize=25", Page());

        var page = Render<AtRisk>();

        page.WaitForAssertion(() => Assert.Equal("Every promise stands.", page.Find("#nothing-at-risk").TextContent));
    }
}
