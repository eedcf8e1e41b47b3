using System.Text.RegularExpressions;

namespace Crm.EndToEnd.Tests;

/// <summary>A rep's quote becomes an order the order desk confirms and works on, all in the browser.</summary>
[Collection(AppCollection.Name)]
public sealed class SalesCycleTests(RunningApp app)
{
    [Fact]
    public async Task A_rep_quotes_three_lines_by_typing_sees_each_promise_and_the_order_desk_works_the_order()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");
        await rep.ScreenshotAsync("home-sales");

        await rep.GoAsync("quotes/new");
        await rep.Heading("New quote").WaitForAsync();
        await rep.PickAsync(rep.Field("Customer"), "Nord", "Nordwerk");
        await rep.PickAsync(rep.Field("Item (line 1)"), "Hydraulic", "A-100");
        await rep.Field("Quantity").First.FillAsync("5");
        await rep.Field("Quantity").First.PressAsync("Enter");
        await rep.PickAsync(rep.Field("Item (line 2)"), "Gear motor", "A-110");
        await rep.Field("Quantity").Nth(1).FillAsync("3");
        await rep.Field("Quantity").Nth(1).PressAsync("Enter");
        await rep.PickAsync(rep.Field("Item (line 3)"), "Ball valve", "A-120");
        await rep.Field("Quantity").Nth(2).FillAsync("40");
        await rep.Field("Quantity").Nth(2).PressAsync("Tab");

        // No button pressed: each line's promise arrives as the rep pauses.
        for (var line = 1; line <= 3; line++)
        {
            var promise = rep.Page.GetByLabel($"Promise for line {line}");
            await Assertions.Expect(promise).ToContainTextAsync("delivered", new() { Timeout = 15_000 });
        }
        await Assertions.Expect(rep.Page.GetByLabel("Total")).ToContainTextAsync("€");
        await rep.ScreenshotAsync("quote-editor");

        await rep.Button("Save quote").ClickAsync();
        await rep.Heading(new Regex("^Quote Q-")).WaitForAsync();
        await rep.Button("Customer accepted").ClickAsync();
        await rep.Button("Convert to order").ClickAsync();
        await rep.Heading(new Regex("^Order ")).WaitForAsync();
        var orderUrl = rep.Page.Url;

        await using var desk = await Screen.OpenAsync(app);
        await desk.SignInAsync("orderdesk@demo.b2bcrm");
        await desk.GoAsync(orderUrl);
        await desk.Button("Confirm order").ClickAsync();
        await Assertions.Expect(desk.Page.Locator(".status").First).ToContainTextAsync("Confirmed");

        await desk.Button("Change quantity of line 1").ClickAsync();
        await desk.Field("New quantity").FillAsync("4");
        await desk.Field("Reason").FillAsync("Customer needs one less");
        await desk.Button("Change quantity").ClickAsync();
        await Assertions.Expect(desk.Group("Line 1")).ToContainTextAsync("Ordered4 pcs");

        await desk.Button("Set promise of line 2 by hand").ClickAsync();
        await desk.Field("Reason").FillAsync("Agreed with the plant by phone");
        await desk.Button("Set promise").ClickAsync();
        await Assertions.Expect(desk.Group("Line 2")).ToContainTextAsync("Promised by hand");
        await Assertions.Expect(desk.Page.GetByRole(AriaRole.Grid, new() { Name = "Promise history" })).ToContainTextAsync("Agreed with the plant by phone");
        await desk.ScreenshotAsync("order-page");

        await desk.Link("ATP explorer for A-100").ClickAsync();
        await desk.Heading("ATP explorer").WaitForAsync();
        await Assertions.Expect(desk.Page.GetByRole(AriaRole.Grid, new() { Name = "Pegging" })).ToContainTextAsync("SO-");
        await Assertions.Expect(desk.Page.Locator(".rz-chart svg").First).ToBeVisibleAsync();
        await desk.ScreenshotAsync("atp-explorer");
    }
}
