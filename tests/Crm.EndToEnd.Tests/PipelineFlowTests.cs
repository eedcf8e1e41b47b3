using System.Text.RegularExpressions;

namespace Crm.EndToEnd.Tests;

/// <summary>Issue 17's story in the browser: a lead at a company that is a customer already becomes a deal on that
/// customer, the rep commits it, quotes it, and the forecast shows it.</summary>
[Collection(AppCollection.Name)]
public sealed class PipelineFlowTests(RunningApp app)
{
    [Fact]
    public async Task A_rep_converts_a_lead_at_a_known_customer_commits_the_deal_quotes_it_and_sees_the_forecast_change()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");
        var commitBefore = await CommitInCentsAsync(rep);

        await rep.GoAsync("leads");
        await rep.Heading("Leads").WaitForAsync();
        await rep.Field("Company").FillAsync("Nordwerk Maschinenbau");
        await rep.Field("First name").FillAsync("Lena");
        await rep.Field("Last name").FillAsync("Brandt");
        await rep.Field("Email").FillAsync("lena.brandt@nordwerk.example");
        await rep.Button("Add lead").ClickAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.List, new() { Name = "Likely duplicates" }))
            .ToContainTextAsync("Nordwerk Maschinenbau GmbH (C-1001)");
        await rep.ScreenshotAsync("lead-duplicate");
        await rep.Text("It is not one of the likely duplicates").ClickAsync();
        await rep.Button("Add lead").ClickAsync();

        await rep.Heading(new Regex("Lena Brandt")).WaitForAsync();
        var customer = rep.Page.GetByLabel(new Regex("^Nordwerk Maschinenbau GmbH C-1001"));
        await Assertions.Expect(customer).ToBeCheckedAsync();
        await rep.ScreenshotAsync("lead-conversion");
        await rep.Button("Convert").ClickAsync();

        await rep.Heading("Nordwerk Maschinenbau – first order").WaitForAsync();
        await Assertions.Expect(rep.Page.Locator("dl.facts")).ToContainTextAsync("C-1001");
        await rep.Field("Item number").FillAsync("A-100");
        await rep.Field("Quantity").FillAsync("10");
        await rep.Button("Add product").ClickAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Grid, new() { Name = "Products" })).ToContainTextAsync("A-100");
        await rep.ChooseAsync("deal-category", "Commit");
        await rep.Button("Save").ClickAsync();
        await Assertions.Expect(rep.Page.Locator("dl.facts")).ToContainTextAsync("Commit");
        var amount = Cents(await rep.Page.Locator("dl.facts dt:text-is('Amount') + dd").InnerTextAsync());
        Assert.True(amount > 0, "the deal's amount comes from its product line");
        await rep.ScreenshotAsync("opportunity-commit");

        await rep.Button("Create quote").ClickAsync();
        await rep.Heading(new Regex("^Quote Q-")).WaitForAsync();
        await Assertions.Expect(rep.Field("Item (line 1)")).ToHaveValueAsync(new Regex("A-100"));
        await rep.ScreenshotAsync("quote-from-deal");

        Assert.Equal(commitBefore + amount, await CommitInCentsAsync(rep));
        await rep.ScreenshotAsync("forecast-after-commit");
    }

    /// <summary>The signed-in rep's Commit on the forecast of this month, in cents.</summary>
    private static async Task<long> CommitInCentsAsync(Screen rep)
    {
        await rep.GoAsync("forecast");
        await rep.Heading("Forecast").WaitForAsync();
        var row = rep.Page.GetByRole(AriaRole.Grid, new() { Name = "Forecast per owner" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "sales@demo.b2bcrm" });
        return Cents(await row.GetByRole(AriaRole.Gridcell).Nth(4).InnerTextAsync());
    }

    /// <summary>Money as shown (two decimals, in any culture) in cents.</summary>
    private static long Cents(string shown) => long.Parse(Regex.Replace(shown, "[^0-9]", ""), System.Globalization.CultureInfo.InvariantCulture);
}
