namespace Crm.EndToEnd.Tests;

/// <summary>What a user may open, and the page at a phone's width and in the dark.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessAndLayoutTests(RunningApp app)
{
    [Fact]
    public async Task A_sales_rep_is_not_offered_the_ERP_page_and_is_told_why_when_opening_it()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.SignInAsync("sales@demo.b2bcrm");

        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Navigation).Or(rep.Page.Locator(".rz-sidebar")).First).Not.ToContainTextAsync("ERP");
        await rep.GoAsync("erp");
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Not for your role" })).ToContainTextAsync("for administrators");
        await Assertions.Expect(rep.Text("Loading")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_words_and_the_right_one_opens_the_page_asked_for()
    {
        await using var rep = await Screen.OpenAsync(app);
        await rep.GoAsync("orders");
        await rep.Page.WaitForURLAsync(url => url.Contains("/login?returnUrl=orders"));

        await rep.Field("Email").FillAsync("sales@demo.b2bcrm");
        await rep.Field("Password").FillAsync("not the password");
        await rep.Button("Sign in").ClickAsync();
        await Assertions.Expect(rep.Page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await rep.ScreenshotAsync("sign-in-refused");

        await rep.Field("Password").FillAsync(Screen.Password);
        await rep.Button("Sign in").ClickAsync();
        await rep.Heading("Orders").WaitForAsync();
    }

    [Fact]
    public async Task An_admin_sees_the_ERP_health()
    {
        await using var admin = await Screen.OpenAsync(app);
        await admin.SignInAsync("admin@demo.b2bcrm");

        await admin.GoAsync("erp");
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Grid, new() { Name = "Sync per entity" })).ToContainTextAsync("Up to date");
        await admin.ScreenshotAsync("erp");
    }

    [Fact]
    public async Task At_390_pixels_the_quote_editor_does_not_scroll_sideways()
    {
        await using var rep = await Screen.OpenAsync(app, width: 390, height: 844);
        await rep.SignInAsync("sales@demo.b2bcrm");

        await rep.GoAsync("quotes/new");
        await rep.Heading("New quote").WaitForAsync();
        await rep.PickAsync(rep.Field("Item (line 1)"), "Hydraulic", "A-100");
        await Assertions.Expect(rep.Page.GetByLabel("Promise for line 1")).ToContainTextAsync("delivered", new() { Timeout = 15_000 });

        Assert.False(await rep.ScrollsSidewaysAsync());
        await rep.ScreenshotAsync("quote-editor-390");

        Assert.Empty(await rep.SidewaysScrollingAsync(
            ("", "Good to see you, sales"), ("quotes", "Quotes"), ("orders", "Orders"), ("at-risk", "Lines at risk"), ("atp?item=A-100", "ATP explorer")));
        await rep.ScreenshotAsync("atp-explorer-390");
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_and_the_switch_changes_the_background()
    {
        await using var rep = await Screen.OpenAsync(app, scheme: ColorScheme.Dark);
        await rep.SignInAsync("sales@demo.b2bcrm");
        var dark = await rep.BackgroundAsync();
        Assert.Matches(@"rgb\((\d{1,2}), \1, \1\)|rgb\(\d{1,2}, \d{1,2}, \d{1,2}\)", dark);
        await rep.ScreenshotAsync("home-dark");

        await rep.Button("Light mode").ClickAsync();
        await Assertions.Expect(rep.Button("Dark mode")).ToBeVisibleAsync();
        await rep.Page.WaitForFunctionAsync($"() => ({Screen.BackgroundScript})() !== '{dark}'");

        Assert.NotEqual(dark, await rep.BackgroundAsync());
    }
}
