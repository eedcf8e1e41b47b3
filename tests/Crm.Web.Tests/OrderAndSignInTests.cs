using System.Net;
using Crm.Api.Contracts;
using Crm.Web.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

public sealed class OrderAndSignInTests : UiTest
{
    [Fact]
    public void Confirming_a_draft_order_shows_the_promised_schedule_lines()
    {
        var draft = Order("Draft", []);
        var confirmed = Order("Confirmed", [new(10, March(11), March(12), March(15), [new CoverageResponse("ProductionOrder", "1000123", March(10), 10)])]);
        Api.Answer("GET", "/api/orders/5?explain=true", draft)
            .Answer("POST", "/api/orders/5/confirm", new ConfirmOrderResponse(5, "SO-000005", "Confirmed", Today, []));
        var page = Render<OrderDetails>(p => p.Add(o => o.Id, 5L));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#confirm")));

        Api.Answer("GET", "/api/orders/5?explain=true", confirmed);
        page.Find("#confirm").Click();

        page.WaitForAssertion(() => Assert.Equal("10 · 2027-03-11 · 2027-03-12 · 2027-03-15", page.Find(".schedule-line").TextContent.Trim()));
        Assert.Empty(page.FindAll("#confirm"));
        Assert.Equal("Full", page.Find("table.promise .badge").TextContent);
        Assert.Equal("10 from production order 1000123 due 2027-03-10", page.Find(".covered-by").TextContent.Trim());
    }

    [Fact]
    public void A_wrong_password_is_shown_and_a_right_one_returns_to_where_the_user_was()
    {
        Api.Answer("POST", "/api/auth/login", new { title = "Unauthorized", status = 401, detail = "The email or password is wrong." }, HttpStatusCode.Unauthorized);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("login?returnUrl=orders%2F5");
        var login = Render<Login>();

        login.Find("#email").Change("sales@demo.b2bcrm");
        login.Find("#password").Change("nope");
        login.Find("form").Submit();
        login.WaitForAssertion(() => Assert.Contains("The email or password is wrong.", login.Find(".problem").TextContent));

        Api.Answer("POST", "/api/auth/login", new CurrentUser("sales@demo.b2bcrm", ["Sales"]));
        login.Find("form").Submit();

        login.WaitForAssertion(() => Assert.Equal("http://localhost/orders/5", navigation.Uri));
    }

    [Fact]
    public void An_order_with_a_moved_promise_links_to_its_customers_lines_at_risk()
    {
        var moved = Order("Released", [new(10, March(20), March(21), March(22), [])]);
        moved = moved with { Lines = [moved.Lines[0] with { AtRiskSince = DateTimeOffset.UnixEpoch }] };
        Api.Answer("GET", "/api/orders/5?explain=true", moved);

        var page = Render<OrderDetails>(p => p.Add(o => o.Id, 5L));

        page.WaitForAssertion(() => Assert.Equal("at-risk?customer=C-1001", page.Find("#customer-at-risk").GetAttribute("href")));
    }

    [Fact]
    public void An_order_whose_promises_stand_shows_no_risk_link()
    {
        Api.Answer("GET", "/api/orders/5?explain=true", Order("Released", [new(10, March(11), March(12), March(15), [])]));

        var page = Render<OrderDetails>(p => p.Add(o => o.Id, 5L));

        page.WaitForAssertion(() => Assert.Equal("Released", page.Find(".badge.large").TextContent));
        Assert.Empty(page.FindAll("#customer-at-risk"));
    }

    private static OrderResponse Order(string status, IReadOnlyList<ScheduleLineResponse> schedule) => new(
        5, "SO-000005", "C-1001", status, March(15), false, null, null, DateTimeOffset.UnixEpoch, null,
        [new OrderLineResponse(1, "A-100", "P1", 10, false, schedule.Sum(s => s.Quantity), null, schedule)], "Nordwerk Maschinenbau GmbH");
}
