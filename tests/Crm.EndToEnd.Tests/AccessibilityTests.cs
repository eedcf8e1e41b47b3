using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Crm.EndToEnd.Tests;

/// <summary>Every page passes axe-core's WCAG 2.1 A and AA rules, in light and dark mode and on a phone's 390 pixels.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(RunningApp app)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly string[] StaffPages =
        ["", "quotes", "quotes/new", "orders", "accounts", "approvals", "at-risk", "atp", "leads", "agenda", "forecast", "cases", "articles"];

    private static readonly string[] PortalPages = ["portal", "portal/quotes", "portal/invoices", "portal/cases", "portal/help"];

    [Theory]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("light", 390)]
    public async Task Every_page_passes_the_WCAG_2_1_AA_rules(string scheme, int width)
    {
        var problems = new List<string>();
        foreach (var (user, pages) in new[] { ("manager@demo.b2bcrm", StaffPages), ("buyer.nordwerk@demo.b2bcrm", PortalPages) })
        {
            await using var screen = await Screen.OpenAsync(app, width, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
            await screen.SignInAsync(user);
            foreach (var path in pages)
            {
                await screen.GoAsync(path);
                await screen.Heading().WaitForAsync();
                await screen.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var result = await screen.Page.RunAxe(WcagAa);
                problems.AddRange(result.Violations.Select(v =>
                    $"/{path} ({scheme}, {width} px): {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html))}"));
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} violations:\n{string.Join("\n", problems)}");
    }
}
