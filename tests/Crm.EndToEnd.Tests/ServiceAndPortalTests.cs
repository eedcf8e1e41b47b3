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
    public async Task The_desks_and_the_portals_pages_fit_a_phone_and_read_in_dark_mode()
    {
        await using (var agent = await Screen.OpenAsync(app, 390, 844))
        {
            await agent.SignInAsync("service@demo.b2bcrm");
            Assert.Empty(await agent.SidewaysScrollingAsync(("cases", "Cases"), ("knowledge", "Knowledge base")));
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
        Assert.Empty(await buyer.SidewaysScrollingAsync(("portal", "Orders of Baltic Pumps AB"), ("portal/cases", "My cases"),
            ("portal/invoices", "My invoices"), ("portal/help", "Help")));
        await buyer.GoAsync("portal");
        await buyer.Heading("Orders of Baltic Pumps AB").WaitForAsync();
        await buyer.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await buyer.ScreenshotAsync("portal-390");
    }
}
