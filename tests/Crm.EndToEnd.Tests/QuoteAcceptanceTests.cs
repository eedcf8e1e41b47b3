using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crm.EndToEnd.Tests;

/// <summary>The promise reaches the customer, in the browser: the rep sends a quote, the mail with its PDF reaches the
/// demo's SMTP server, the buyer accepts it in the portal and the confirmed order's confirmation mail follows; and when
/// a date moves before the buyer accepts, nothing is ordered and the buyer sees the new dates.</summary>
[Collection(AppCollection.Name)]
public sealed class QuoteAcceptanceTests(RunningApp app)
{
    private const string Buyer = "buyer.nordwerk@demo.b2bcrm";

    [Fact]
    public async Task A_rep_sends_a_quote_the_buyer_accepts_it_online_and_the_confirmation_mail_follows()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");
        var item = await FirstItemAsync(rep);
        var (id, number) = await QuoteAsync(rep, item, 2);

        await rep.GoAsync($"quotes/{id}");
        await rep.Heading($"Quote {number}").WaitForAsync();
        // The editor settles first: it reads the quote's people and asks for its dates.
        await rep.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await rep.Button("Send to customer").ClickAsync();
        await rep.Button("Send").ClickAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Region, new() { Name = "With the customer" })).ToContainTextAsync(Buyer);
        var sent = await MailAsync($"Subject: Quote {number} (version 1)");
        Assert.Contains($"{number}-v1.pdf", sent);
        Assert.Matches($"http://[^/]+/portal/quotes/{id}", sent);

        await using var buyer = await Screen.OpenAsync(app);
        await buyer.SignInAsync(Buyer);
        await buyer.GoAsync("portal/quotes");
        await buyer.Heading("My quotes").WaitForAsync();
        await buyer.Link(number).ClickAsync();
        await buyer.Heading($"Quote {number}").WaitForAsync();
        await Assertions.Expect(buyer.Page.GetByRole(AriaRole.Region, new() { Name = "Line 1" })).ToContainTextAsync("Delivery:");
        await buyer.ScreenshotAsync("portal-quote");
        await buyer.Field("Your name").FillAsync("Nora Buyer");
        await buyer.Page.GetByLabel("Your purchase order number", new() { Exact = false }).FillAsync("PO-E2E-1");
        await buyer.Page.GetByText("I may order for my company").ClickAsync();
        await buyer.Button("Accept and order").ClickAsync();

        await buyer.Heading(new Regex("^Order SO-")).WaitForAsync();
        var order = (await buyer.Heading().TextContentAsync())!["Order ".Length..].Trim();
        await Assertions.Expect(buyer.Page.GetByText("your reference PO-E2E-1", new() { Exact = false })).ToBeVisibleAsync();
        var confirmation = await MailAsync($"Subject: Order confirmation {order}");
        Assert.Contains($"{order}.pdf", confirmation);
    }

    [Fact]
    public async Task When_a_date_moves_before_the_buyer_accepts_the_buyer_sees_the_new_dates_and_accepts_those()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");
        var item = await FirstItemAsync(rep);
        var (id, number) = await QuoteAsync(rep, item, 1);
        await PostAsync(rep, $"api/quotes/{id}/send", new { });

        await using var buyer = await Screen.OpenAsync(app);
        await buyer.SignInAsync(Buyer);
        await buyer.GoAsync($"portal/quotes/{id}");
        await buyer.Heading($"Quote {number}").WaitForAsync();
        var before = await buyer.Page.GetByRole(AriaRole.Region, new() { Name = "Line 1" }).TextContentAsync();

        // Meanwhile the order desk promises all that is free at the first date to another customer.
        await using var desk = await Screen.OpenAsync(app);
        await desk.SignInAsync("orderdesk@demo.b2bcrm");
        var free = await FreeAtFirstDateAsync(desk, item);
        var taken = await PostAsync(desk, "api/orders", new { customerNumber = "C-1002", lines = new[] { new { itemNumber = item, quantity = free } } });
        var takenId = taken.GetProperty("id").GetInt64();
        try
        {
            await PostAsync(desk, $"api/orders/{takenId}/confirm", new { });

            await buyer.Field("Your name").FillAsync("Nora Buyer");
            await buyer.Page.GetByText("I may order for my company").ClickAsync();
            await buyer.Button("Accept and order").ClickAsync();
            await Assertions.Expect(buyer.Page.GetByText("The dates moved")).ToBeVisibleAsync();
            await Assertions.Expect(buyer.Heading($"Quote {number}")).ToBeVisibleAsync();
            var after = await buyer.Page.GetByRole(AriaRole.Region, new() { Name = "Line 1" }).TextContentAsync();
            Assert.NotEqual(before, after);
            await buyer.ScreenshotAsync("portal-quote-dates-moved");

            await buyer.Page.GetByText("I may order for my company").ClickAsync();
            if (!await buyer.Page.Locator("#accept-authorised").IsCheckedAsync()) await buyer.Page.GetByText("I may order for my company").ClickAsync();
            await buyer.Button("Accept and order").ClickAsync();
            await buyer.Heading(new Regex("^Order SO-")).WaitForAsync();
        }
        finally
        {
            await PostAsync(desk, $"api/orders/{takenId}/cancel", new { reason = "End-to-end test done" }, mustSucceed: false);
        }
    }

    private static async Task<string> FirstItemAsync(Screen who)
    {
        var products = JsonDocument.Parse(await (await who.Page.APIRequest.GetAsync("api/products?pageSize=1")).TextAsync());
        return products.RootElement.GetProperty("items")[0].GetProperty("itemNumber").GetString()!;
    }

    /// <summary>A quote for Nordwerk (C-1001) addressed to its portal buyer, made through the API as the editor makes it.</summary>
    private static async Task<(long Id, string Number)> QuoteAsync(Screen rep, string item, decimal quantity)
    {
        var accounts = JsonDocument.Parse(await (await rep.Page.APIRequest.GetAsync("api/accounts?search=C-1001")).TextAsync());
        var account = accounts.RootElement.GetProperty("items").EnumerateArray().First(a => a.GetProperty("customerNumber").GetString() == "C-1001").GetProperty("id").GetInt64();
        var contacts = JsonDocument.Parse(await (await rep.Page.APIRequest.GetAsync($"api/accounts/{account}/contacts")).TextAsync());
        var contact = contacts.RootElement.GetProperty("items").EnumerateArray().First(c => c.GetProperty("email").GetString() == Buyer).GetProperty("id").GetInt64();
        var quote = await PostAsync(rep, "api/quotes", new { customerNumber = "C-1001", contactId = contact, lines = new[] { new { itemNumber = item, quantity } } });
        return (quote.GetProperty("id").GetInt64(), quote.GetProperty("number").GetString()!);
    }

    /// <summary>What is free of the item at the first date it can be delivered on (a check that reserves nothing).</summary>
    private static async Task<decimal> FreeAtFirstDateAsync(Screen who, string item)
    {
        var check = await PostAsync(who, "api/atp/check", new { lines = new[] { new { itemNumber = item, quantity = 100000 } } });
        return check.GetProperty("lines")[0].GetProperty("scheduleLines")[0].GetProperty("quantity").GetDecimal();
    }

    private static async Task<JsonElement> PostAsync(Screen who, string url, object body, bool mustSucceed = true)
    {
        var response = await who.Page.APIRequest.PostAsync(url, new()
        {
            DataObject = body,
            Headers = new Dictionary<string, string> { ["Origin"] = who.BaseUrl.TrimEnd('/') },
        });
        var text = await response.TextAsync();
        if (mustSucceed) Assert.True(response.Ok, $"{url}: {response.Status} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The mail the demo's SMTP server kept whose headers say this, as its text.</summary>
    private async Task<string> MailAsync(string header)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (Directory.Exists(app.MailFolder))
                foreach (var file in Directory.GetFiles(app.MailFolder, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains(header, StringComparison.Ordinal)) return text;
                }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No mail with '{header}' in {app.MailFolder}");
            await Task.Delay(500);
        }
    }
}
