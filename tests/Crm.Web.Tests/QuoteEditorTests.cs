using System.Text.Json;
using Crm.Contracts;
using Crm.Web.Pages.Sales;
using Radzen.Blazor;

namespace Crm.Web.Tests;

/// <summary>The quote editor: a live promise per line as the rep types, and a keyboard-first line entry.</summary>
public sealed class QuoteEditorTests : UiTest
{
    private const string Check = "POST /api/atp/check?explain=true";

    [Fact]
    public async Task Each_line_shows_its_promise_once_the_rep_pauses_typing_asked_once_for_the_burst()
    {
        Api.Answer("POST", "/api/atp/check?explain=true", new AvailabilityResponse(Today,
        [
            new("A-100", "P1", 130, 100, "Partial",
                [new(80, March(11), March(12), March(15), [new("OnHand", null, March(1), 80)]), new(20, March(25), March(26), March(29))], "NoSupplyWithinHorizon"),
        ]));
        var editor = Render<QuoteEditor>();
        await ChooseAsync(editor, 0, Pump);

        var quantity = editor.Find("[id^=quantity-]");
        quantity.Input("1");
        quantity.Input("13");
        quantity.Input("130");

        editor.WaitForAssertion(() => Assert.Contains("100 pcs of 130 pcs", editor.Find("[aria-label='Promise for line 1']").TextContent), TimeSpan.FromSeconds(5));
        var promise = editor.Find("[aria-label='Promise for line 1']").TextContent;
        Assert.Contains("Partly confirmed", promise);
        Assert.Contains("supply does not catch up within the planning horizon", promise);
        Assert.Contains("from Stock on hand (80 pcs", promise);
        // The choice and three keystrokes, within the pause: one check, of the last quantity typed.
        var checks = Api.Requests.Where(r => r.Route == Check).ToList();
        Assert.InRange(checks.Count, 1, 2);
        var sent = JsonSerializer.Deserialize<JsonElement>(checks[^1].Body!);
        Assert.Equal(130m, sent.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal("A-100", sent.GetProperty("lines")[0].GetProperty("itemNumber").GetString());
    }

    [Fact]
    public async Task Enter_in_a_quantity_adds_a_line_and_puts_the_cursor_in_its_item_box()
    {
        var editor = Render<QuoteEditor>();
        await ChooseAsync(editor, 0, Pump);

        editor.Find("[id^=quantity-]").KeyDown("Enter");

        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindComponents<LineEditor>().Count));
        var second = editor.FindComponents<LineEditor>()[1].Instance.Line;
        Assert.Equal($"#{second.ItemInputId}", JSInterop.Invocations["b2bcrm.focus"][^1].Arguments[0]);
        Assert.NotNull(editor.Find($"label[for='{second.ItemInputId}']"));
    }

    [Fact]
    public async Task Line_amounts_and_the_total_follow_price_discount_and_quantity()
    {
        var editor = Render<QuoteEditor>();
        await ChooseAsync(editor, 0, Pump);
        editor.Find("[id^=quantity-]").Input("2");
        editor.Find("[id^=discount-]").Change("10");

        editor.WaitForAssertion(() => Assert.Equal("€1,040.35", editor.Find("[aria-label='Line 1 amount']").TextContent.Trim()));
        Assert.Contains("€1,040.35", editor.Find("[aria-label='Total']").TextContent);
    }

    [Fact]
    public void A_refused_save_shows_each_message_next_to_its_field_in_the_fields_words()
    {
        Api.Answer("POST", "/api/quotes", new
        {
            title = "One or more fields are not valid",
            status = 400,
            errors = new Dictionary<string, string[]> { ["customerNumber"] = ["The CustomerNumber field is required."] },
        }, System.Net.HttpStatusCode.BadRequest);
        var editor = Render<QuoteEditor>();

        editor.FindAll("button").Single(b => b.TextContent.Trim() == "Save quote").Click();

        editor.WaitForAssertion(() => Assert.Equal("Customer is required.", editor.Find(".field-error").TextContent.Trim()));
        Assert.Empty(editor.FindAll(".problem"));
    }

    [Fact]
    public void An_accepted_quote_offers_conversion_and_no_editing()
    {
        Api.Answer("GET", "/api/quotes/7", new QuoteResponse(7, "Q-000007", "C-1001", "Accepted", March(15), March(31), false, 1155.94m, null,
            DateTimeOffset.UnixEpoch, [new(1, "A-100", "P1", 2, 577.97m, 0, 1155.94m, false)], "Nordwerk",
            AllowedActions: [QuoteActions.Convert, QuoteActions.Copy]));
        Api.Answer("GET", "/api/quotes/7/versions", new List<QuoteVersionSummary> { new(7, 1, "Accepted", 1155.94m, DateTimeOffset.UnixEpoch, "sales@demo.b2bcrm", null) });

        var editor = Render<QuoteEditor>(p => p.Add(e => e.Id, 7L));

        editor.WaitForAssertion(() => Assert.Contains("Quote Q-000007", editor.Find("h1").TextContent));
        Assert.Contains(editor.FindAll("a"), a => a.GetAttribute("href") == "api/quotes/7/pdf");
        var buttons = editor.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("Convert to order", buttons);
        Assert.DoesNotContain("Save changes", buttons);
        Assert.DoesNotContain("Add line", buttons);
    }

    private static async Task ChooseAsync(IRenderedComponent<QuoteEditor> editor, int line, ProductSummary product)
    {
        var picker = editor.FindComponents<LineEditor>()[line].FindComponent<RadzenAutoComplete>();
        await picker.InvokeAsync(() => picker.Instance.SelectedItemChanged.InvokeAsync(new LineEditor.ProductChoice(product)));
    }
}
