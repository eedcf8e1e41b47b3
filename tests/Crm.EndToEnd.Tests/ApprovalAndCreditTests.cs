using System.Text.RegularExpressions;

namespace Crm.EndToEnd.Tests;

/// <summary>The exceptions of the sales cycle in the browser: a discount beyond the rep's authority goes to the manager,
/// and an order over the customer's credit limit waits for the manager's release.</summary>
[Collection(AppCollection.Name)]
public sealed class ApprovalAndCreditTests(RunningApp app)
{
    [Fact]
    public async Task A_reps_discount_over_the_limit_goes_to_the_manager_who_approves_it()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");
        await rep.GoAsync("quotes/new");
        await rep.Heading("New quote").WaitForAsync();
        await rep.PickAsync(rep.Field("Customer"), "Nord", "Nordwerk");
        await rep.PickAsync(rep.Field("Item (line 1)"), "Hydraulic", "A-100");
        await rep.Field("Quantity").First.FillAsync("4");
        await rep.Field("Discount %").First.FillAsync("15");
        await rep.Field("Discount %").First.PressAsync("Tab");
        await rep.Button("Save quote").ClickAsync();
        await rep.Heading(new Regex("^Quote Q-")).WaitForAsync();
        var quoteUrl = rep.Page.Url;

        await rep.Button("Submit for approval").ClickAsync();
        await Assertions.Expect(rep.Page.Locator(".status").First).ToContainTextAsync("Waiting for approval");
        var approval = rep.Page.GetByRole(AriaRole.Region, new() { Name = "Approval" });
        await Assertions.Expect(approval).ToContainTextAsync("15 % off A-100's price is above the limit of 10 %");
        await Assertions.Expect(rep.Button("Send to customer")).ToHaveCountAsync(0);
        await rep.ScreenshotAsync("quote-waiting-for-approval");

        await using var manager = await Screen.OpenAsync(app);
        await manager.SignInAsync("manager@demo.b2bcrm");
        await Assertions.Expect(manager.Page.GetByLabel(new Regex("waiting$"))).ToBeVisibleAsync();
        await manager.Link("Approvals").ClickAsync();
        await manager.Heading("Approvals").WaitForAsync();
        await manager.ScreenshotAsync("approvals-inbox");
        var inbox = manager.Page.GetByRole(AriaRole.Grid, new() { Name = "Approvals" });
        await Assertions.Expect(inbox).ToContainTextAsync("For you");
        await manager.GoAsync(quoteUrl);
        await manager.Field("Comment for the rep").FillAsync("Fine for Nordwerk this quarter");
        await manager.Button("Approve").ClickAsync();
        await Assertions.Expect(manager.Page.Locator(".status").First).ToContainTextAsync("Approved");

        await rep.Page.ReloadAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Region, new() { Name = "Approval" })).ToContainTextAsync("Fine for Nordwerk this quarter");
        await rep.Button("Send to customer").ClickAsync();
        // The quote has no contact of its own: the rep ticks who receives it.
        await rep.Page.GetByRole(AriaRole.Region, new() { Name = "Send to the customer" }).GetByText("buyer.nordwerk@demo.b2bcrm").ClickAsync();
        await rep.Button("Send").ClickAsync();
        await Assertions.Expect(rep.Page.Locator(".status").First).ToContainTextAsync("Sent to customer");
    }

    [Fact]
    public async Task An_order_over_the_credit_limit_is_held_and_the_manager_releases_it()
    {
        await using var desk = await Screen.OpenAsync(app);
        await desk.SignInAsync("orderdesk@demo.b2bcrm");
        await desk.GoAsync("orders/new");
        await desk.Heading("New order").WaitForAsync();
        await desk.ScreenshotAsync("order-entry-credit");
        // Kraków Industrial Supply has a credit limit of 40,000 EUR; 80 pumps are worth over 46,000.
        await desk.PickAsync(desk.Field("Customer"), "Krak", "Kraków");
        await desk.PickAsync(desk.Field("Item (line 1)"), "Hydraulic", "A-100");
        await desk.Field("Quantity").First.FillAsync("80");
        await desk.Field("Quantity").First.PressAsync("Tab");
        await desk.Button("Create draft order").ClickAsync();
        await desk.Heading(new Regex("^Order SO-")).WaitForAsync();
        await desk.Button("Confirm order").ClickAsync();

        await Assertions.Expect(desk.Page.Locator(".status").First).ToContainTextAsync("On credit hold");
        await Assertions.Expect(desk.Page.GetByLabel("Credit hold")).ToContainTextAsync("over the credit limit of 40,000.00 EUR");
        await Assertions.Expect(desk.Button("Release credit hold")).ToHaveCountAsync(0);
        var orderUrl = desk.Page.Url;

        await using var manager = await Screen.OpenAsync(app);
        await manager.SignInAsync("manager@demo.b2bcrm");
        await manager.GoAsync(orderUrl);
        await manager.Button("Release credit hold").ClickAsync();
        await Assertions.Expect(manager.Page.Locator(".status").First).Not.ToContainTextAsync("credit hold");
        await Assertions.Expect(manager.Page.GetByRole(AriaRole.Region, new() { Name = "Timeline" })).ToContainTextAsync("Credit hold released");
        await manager.ScreenshotAsync("order-credit-released");
    }
}
