using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crm.EndToEnd.Tests;

/// <summary>Issue 18's story in the browser: a buyer signs in to the portal, sees their order's confirmed dates and why
/// they changed, opens a case about it; an agent answers it from the queue and the buyer reads the answer.</summary>
[Collection(AppCollection.Name)]
public sealed class ServiceAndPortalTests(RunningApp app)
{
    [Fact]
    public async Task A_buyer_sees_an_orders_dates_and_their_change_opens_a_case_and_reads_the_agents_answer_from_the_queue()
    {
        // The order desk moves the buyer's demo order to a later date, through the API as its screens do.
        await using var desk = await Screen.OpenAsync(app);
        await desk.SignInAsync("orderdesk@demo.b2bcrm");
        var orders = JsonDocument.Parse(await (await desk.Page.APIRequest.GetAsync("api/orders?customerNumber=C-1001")).TextAsync());
        var order = orders.RootElement.GetProperty("items").EnumerateArray().First();
        var (orderId, number) = (order.GetProperty("id").GetInt64(), order.GetProperty("number").GetString()!);
        var moved = await desk.Page.APIRequest.PostAsync($"api/orders/{orderId}/requested-delivery-date", new()
        {
            DataObject = new { requestedDeliveryDate = "2027-04-15", reason = "Customer's site opens later" },
            Headers = new Dictionary<string, string> { ["Origin"] = desk.BaseUrl.TrimEnd('/') },
        });
        Assert.True(moved.Ok, await moved.TextAsync());

        await using var buyer = await Screen.OpenAsync(app);
        await buyer.SignInAsync("buyer.nordwerk@demo.b2bcrm");
        await buyer.Heading("Orders of Nordwerk Maschinenbau GmbH").WaitForAsync();
        await buyer.Link(number).ClickAsync();
        await buyer.Heading($"Order {number}").WaitForAsync();
        var changes = buyer.Page.GetByRole(AriaRole.List, new() { Name = "Date changes of line 1" });
        await Assertions.Expect(changes).ToContainTextAsync("The requested delivery date changed.");
        await buyer.ScreenshotAsync("portal-order");

        await buyer.Button("Report a problem with this order").ClickAsync();
        await buyer.Heading("My cases").WaitForAsync();
        var subject = $"Pump arrived dented {Guid.NewGuid().ToString("N")[..6]}";
        await buyer.Field("Subject").FillAsync(subject);
        await buyer.Field("Description").FillAsync("The housing of one pump is dented.");
        await buyer.Button("Send").ClickAsync();
        await buyer.Heading(subject).WaitForAsync();
        var caseUrl = buyer.Page.Url;

        await using var agent = await Screen.OpenAsync(app);
        await agent.SignInAsync("service@demo.b2bcrm");
        await agent.GoAsync("cases");
        await agent.Heading("Cases").WaitForAsync();
        await agent.Page.GetByRole(AriaRole.Grid, new() { Name = "Cases" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(subject)) }).ClickAsync();
        await agent.Heading(new Regex(Regex.Escape(subject))).WaitForAsync();
        await Assertions.Expect(agent.Page.Locator("dl.facts")).ToContainTextAsync("Nordwerk Maschinenbau GmbH");
        await agent.Field("Comment").FillAsync("We send a new pump today; please keep the dented one for the carrier.");
        await agent.Button("Send to the customer").ClickAsync();
        await Assertions.Expect(agent.Page.GetByRole(AriaRole.List, new() { Name = "Conversation" })).ToContainTextAsync("We send a new pump today");
        await agent.ScreenshotAsync("case-answered");

        await buyer.Page.GotoAsync(caseUrl);
        await buyer.Heading(subject).WaitForAsync();
        await Assertions.Expect(buyer.Page.GetByRole(AriaRole.List, new() { Name = "Conversation" })).ToContainTextAsync("We send a new pump today");
        await Assertions.Expect(buyer.Page.GetByText("In progress")).ToBeVisibleAsync();
        await buyer.ScreenshotAsync("portal-case-answered");
    }

    [Fact]
    public async Task A_caller_is_found_by_number_their_account_opens_with_a_new_case_and_a_photo_goes_on_it_an_unknown_caller_becomes_a_contact()
    {
        await using var agent = await Screen.OpenAsync(app);
        await agent.SignInAsync("service@demo.b2bcrm");
        await agent.GoAsync("cases");
        await agent.Field("Phone number or email of the caller").FillAsync("0711 555 01 01");
        await agent.Button("Find caller").ClickAsync();
        var match = agent.Page.GetByRole(AriaRole.Region, new() { Name = "Nordwerk Maschinenbau GmbH" });
        await Assertions.Expect(match).ToContainTextAsync("Nina Nordwerk, Purchasing");
        await match.GetByRole(AriaRole.Link, new() { Name = "Open their account with a new case" }).ClickAsync();

        // The account's 360 with the form ready for Nina.
        await agent.Heading("Nordwerk Maschinenbau GmbH").WaitForAsync();
        await Assertions.Expect(agent.Page.GetByRole(AriaRole.Heading, new() { Name = "New case for Nordwerk Maschinenbau GmbH · Nina Nordwerk" })).ToBeVisibleAsync();
        var subject = $"Coupling worn after a month {Guid.NewGuid().ToString("N")[..6]}";
        await agent.Field("Case subject").FillAsync(subject);
        await agent.Field("Case description").FillAsync("Nina called: the coupling of the A-130 shows wear.");
        await agent.Button("Open case").ClickAsync();
        await agent.Heading(new Regex(Regex.Escape(subject))).WaitForAsync();
        await Assertions.Expect(agent.Page.Locator("dl.facts")).ToContainTextAsync("Nordwerk Maschinenbau GmbH");

        await agent.Page.SetInputFilesAsync("#case-file", new FilePayload { Name = "coupling.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3] });
        var files = agent.Page.GetByRole(AriaRole.List, new() { Name = "Files" });
        await Assertions.Expect(files).ToContainTextAsync("coupling.png");
        await Assertions.Expect(files).ToContainTextAsync("shared with the customer");
        await agent.ScreenshotAsync("case-with-file");

        // Nobody is known under this number: the agent takes the caller down as a contact of the company they name.
        await agent.GoAsync("cases");
        await agent.Field("Phone number or email of the caller").FillAsync("+49 30 9998877");
        await agent.Button("Find caller").ClickAsync();
        await agent.Link("Add them as a contact: find their company").ClickAsync();
        await agent.Heading("Accounts").WaitForAsync();
        await Assertions.Expect(agent.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("+49309998877");
        await agent.Field("Search").FillAsync("Baltic");
        await agent.Field("Search").PressAsync("Tab");
        await agent.Page.GetByRole(AriaRole.Grid, new() { Name = "Accounts" }).GetByRole(AriaRole.Link, new() { Name = "Baltic Pumps AB" }).ClickAsync();
        await agent.Heading("Baltic Pumps AB").WaitForAsync();
        await Assertions.Expect(agent.Page.Locator("#contact-phone")).ToHaveValueAsync("+49309998877");
    }

    [Fact]
    public async Task The_desks_and_the_portals_pages_fit_a_phone_and_read_in_dark_mode()
    {
        await using (var agent = await Screen.OpenAsync(app, 390, 844))
        {
            await agent.SignInAsync("service@demo.b2bcrm");
            await agent.GoAsync("cases");
            var cases = JsonDocument.Parse(await (await agent.Page.APIRequest.GetAsync("api/cases?pageSize=1")).TextAsync());
            var first = cases.RootElement.GetProperty("items")[0];
            var casePage = $"Case {first.GetProperty("id").GetInt64()}: {first.GetProperty("subject").GetString()}";
            Assert.Empty(await agent.SidewaysScrollingAsync(("cases", "Cases"), ("knowledge", "Knowledge base"), ($"cases/{first.GetProperty("id").GetInt64()}", casePage)));
            await agent.ScreenshotAsync("case-390");
            await agent.GoAsync("cases");
            await agent.Heading("Cases").WaitForAsync();
            await agent.ScreenshotAsync("cases-390");
        }
        await using (var dark = await Screen.OpenAsync(app, scheme: ColorScheme.Dark))
        {
            await dark.SignInAsync("service@demo.b2bcrm");
            await dark.GoAsync("cases");
            await dark.Page.GetByRole(AriaRole.Grid, new() { Name = "Cases" }).GetByRole(AriaRole.Link).First.WaitForAsync();
            await dark.ScreenshotAsync("cases-dark");
        }
        await using var buyer = await Screen.OpenAsync(app, 390, 844);
        await buyer.SignInAsync("buyer.baltic@demo.b2bcrm");
        await buyer.GoAsync("portal");
        var mine = JsonDocument.Parse(await (await buyer.Page.APIRequest.GetAsync("api/portal/orders")).TextAsync()).RootElement.GetProperty("items")[0];
        Assert.Empty(await buyer.SidewaysScrollingAsync(("portal", "Orders of Baltic Pumps AB"), ("portal/cases", "My cases"),
            ("portal/invoices", "My invoices"), ("portal/help", "Help"),
            ($"portal/orders/{mine.GetProperty("id").GetInt64()}", $"Order {mine.GetProperty("number").GetString()}")));
        await buyer.ScreenshotAsync("portal-order-390");
        await buyer.GoAsync("portal");
        await buyer.Heading("Orders of Baltic Pumps AB").WaitForAsync();
        await buyer.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await buyer.ScreenshotAsync("portal-390");
    }
}
