using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>Where things are on Aspire's dashboard pages (13.6), for the browser tests.</summary>
internal static class DashboardPage
{
    /// <summary>The row of <paramref name="name"/> on the resources page.</summary>
    public static ILocator ResourceRow(IPage page, string name) =>
        page.Locator("tr.resource-row").Filter(new() { Has = page.Locator(".resource-name-text", new() { HasTextRegex = new($"^{name}$") }) });

    /// <summary>The value beside <paramref name="property"/> in the details pane (of a resource, of a span).</summary>
    public static ILocator DetailsValue(IPage page, string property) =>
        page.Locator("tr").Filter(new() { Has = page.Locator($"td.nameColumn .grid-value[title='{property}']") }).Locator("td.valueColumn .grid-value");

    /// <summary>Opens the actions menu ("...") of <paramref name="resource"/>'s row and returns its item <paramref name="item"/>.</summary>
    public static async Task<ILocator> ActionsMenuItemAsync(IPage page, string resource, string item)
    {
        await ResourceRow(page, resource).Locator(".aspire-menu-button fluent-button[title='Actions']").ClickAsync();
        var menuItem = page.Locator("fluent-menu-item", new() { HasTextRegex = new($"^\\s*{item}\\s*$") });
        await Expect(menuItem).ToBeVisibleAsync();
        return menuItem;
    }

    /// <summary>
    /// Telemetry arrives in batches (every second in development) and a trace page shows what the dashboard had when
    /// it rendered: give the page a moment to render the span, else reload it.
    /// </summary>
    public static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        await Polling.UntilAsync(
            async () =>
            {
                try
                {
                    await locator.WaitForAsync(new() { Timeout = 2000 });
                    return true;
                }
                catch (TimeoutException)
                {
                    await page.ReloadAsync();
                    return false;
                }
            },
            TestTimeouts.Telemetry, TimeSpan.FromMilliseconds(200));
        await Expect(locator).ToBeVisibleAsync();
    }
}
