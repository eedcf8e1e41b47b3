namespace Crm.EndToEnd.Tests;

/// <summary>A user at a browser window: finds things by role and label, as a person reading the screen would.</summary>
public sealed class Screen(IBrowserContext context, IPage page, string baseUrl) : IAsyncDisposable
{
    public const string Password = "Demo!2345";

    private readonly List<string> _browserLog = [];

    public IPage Page { get; } = page;

    /// <summary>Errors the browser reported (console errors, failed requests), for a failing test's message.</summary>
    public IReadOnlyList<string> BrowserLog => _browserLog;

    public static async Task<Screen> OpenAsync(RunningApp app, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme, Locale = "en-GB",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var screen = new Screen(context, page, app.BaseUrl);
        page.Console += (_, m) => { if (m.Type is "error" or "warning") screen._browserLog.Add($"console {m.Type}: {m.Text}"); };
        page.Response += (_, r) => { if (r.Status >= 400) screen._browserLog.Add($"{r.Status} {r.Request.Method} {r.Url}"); };
        page.RequestFailed += (_, r) => screen._browserLog.Add($"failed {r.Method} {r.Url}: {r.Failure}");
        return screen;
    }

    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Button("Sign in").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/login"));
        await Heading().WaitForAsync();
    }

    public Task GoAsync(string path) => Page.GotoAsync(path);

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator Heading(string? name = null) =>
        name is null ? Page.GetByRole(AriaRole.Heading, new() { Level = 1 }) : Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    public ILocator Heading(System.Text.RegularExpressions.Regex name) => Page.GetByRole(AriaRole.Heading, new() { NameRegex = name, Level = 1 });

    public ILocator Group(string name) => Page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    public ILocator Text(string text) => Page.GetByText(text);

    /// <summary>Types into a search-as-you-type box and picks the suggestion that contains the text, with the keyboard.</summary>
    public async Task PickAsync(ILocator box, string typed, string choose)
    {
        await box.ClickAsync();
        await box.PressSequentiallyAsync(typed, new() { Delay = 40 });
        var option = Page.Locator(".rz-autocomplete-list-item, .rz-dropdown-item").Filter(new() { HasText = choose }).First;
        await option.ClickAsync();
    }

    /// <summary>Opens a drop-down (by its input's id) and picks the option with this text.</summary>
    public async Task ChooseAsync(string inputId, string choose)
    {
        await Page.Locator($".rz-dropdown:has(#{inputId})").ClickAsync();
        await Page.Locator(".rz-dropdown-item").Filter(new() { HasText = choose }).First.ClickAsync();
    }

    /// <summary>Whether the page scrolls sideways (it must not, at any width).</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth + 1");

    /// <summary>Opens each page, waits for its heading and for it to settle, and says which of them scroll sideways.</summary>
    public async Task<IReadOnlyList<string>> SidewaysScrollingAsync(params (string Path, string Heading)[] pages)
    {
        var scrolling = new List<string>();
        foreach (var (path, heading) in pages)
        {
            await GoAsync(path);
            await Heading(heading).WaitForAsync();
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (await ScrollsSidewaysAsync()) scrolling.Add($"/{path}");
        }
        return scrolling;
    }

    /// <summary>The colour behind the page's content: the first element from the content up whose background is not
    /// transparent.</summary>
    public Task<string> BackgroundAsync() => Page.EvaluateAsync<string>(BackgroundScript);

    public const string BackgroundScript = """
        () => {
            for (let e = document.querySelector('.page'); e; e = e.parentElement) {
                const color = getComputedStyle(e).backgroundColor;
                if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
        }
        """;

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        File.AppendAllLines(Path.Combine(RunningApp.Screenshots, "browser.log"), _browserLog);
        await context.DisposeAsync();
    }

    public string BaseUrl { get; } = baseUrl;
}
