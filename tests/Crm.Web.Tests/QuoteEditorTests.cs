using System.Net;
using System.Text.Json;
using Crm.Api.Contracts;
using Crm.Web.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests;

public sealed class QuoteEditorTests : UiTest
{
    [Fact]
    public void A_rep_checks_a_new_quote_and_sees_each_line_promise_with_its_dates()
    {
        Api.Answer("POST", "/api/atp/check?explain=true", new AvailabilityResponse(Today,
        [
            new("A-100", "P1", 130, 100, "Partial",
                [new(80, March(11), March(12), March(15)), new(20, March(25), March(30), new(2027, 4, 2))], "NoSupplyWithinHorizon"),
        ]));
        var editor = Render<QuoteEditor>();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#customer option[value='C-1001']")));

        editor.Find("#customer").Change("C-1001");
        editor.Find("#delivery").Change("2027-03-15");
        editor.Find("select.item").Change("A-100");
        editor.Find("input.quantity").Change("130");
        editor.Find("#check").Click();

        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindAll(".schedule-line").Count));
        Assert.Equal(["80 · 2027-03-11 · 2027-03-12 · 2027-03-15", "20 · 2027-03-25 · 2027-03-30 · 2027-04-02"],
            editor.FindAll(".schedule-line").Select(l => l.TextContent.Trim()));
        Assert.Contains("no supply within the horizon", editor.Find("table.promise").TextContent);
        var sent = JsonSerializer.Deserialize<JsonElement>(Api.LastBody("POST /api/atp/check?explain=true")!);
        Assert.Equal(("C-1001", "2027-03-15", "A-100", 130m),
            (sent.GetProperty("customerNumber").GetString(), sent.GetProperty("requestedDeliveryDate").GetString(),
             sent.GetProperty("lines")[0].GetProperty("itemNumber").GetString(), sent.GetProperty("lines")[0].GetProperty("quantity").GetDecimal()));
    }

    [Fact]
    public void Field_errors_from_the_API_are_shown_to_the_rep()
    {
        Api.Answer("POST", "/api/quotes", new
        {
            title = "One or more fields are not valid",
            status = 400,
            errors = new Dictionary<string, string[]> { ["customerNumber"] = ["An order needs a customer."] },
        }, HttpStatusCode.BadRequest);
        var editor = Render<QuoteEditor>();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#save")));

        editor.Find("#save").Click();

        editor.WaitForAssertion(() => Assert.Contains("customerNumber: An order needs a customer.", editor.Find(".problem").TextContent));
    }

    [Fact]
    public void An_accepted_quote_converts_and_opens_its_order()
    {
        Api.Answer("GET", "/api/quotes/7", Quote("Accepted"))
            .Answer("POST", "/api/quotes/7/convert", new OrderCreatedResponse(41, "SO-000041", "Draft"), HttpStatusCode.Created);
        var editor = Render<QuoteEditor>(p => p.Add(e => e.Id, 7L));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("#convert")));

        Assert.Empty(editor.FindAll("#save"));
        editor.Find("#convert").Click();

        editor.WaitForAssertion(() => Assert.EndsWith("/orders/41", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri));
    }

    private static QuoteResponse Quote(string status) => new(
        7, "Q-000007", "C-1001", status, March(15), March(31), false, 1155.94m, null, DateTimeOffset.UnixEpoch,
        [new QuoteLineResponse(1, "A-100", "P1", 2, 577.97m, 0, 1155.94m, false)], "Nordwerk Maschinenbau GmbH");
}
