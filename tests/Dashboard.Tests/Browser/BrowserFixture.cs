using Microsoft.Playwright;
using OdooAspire.Dashboard.Tests.Infrastructure;

namespace OdooAspire.Dashboard.Tests.Browser;

/// <summary>
/// A started dashboard and Debian's chromium driven by Playwright (never a downloaded browser).
/// Screenshots go to a temp folder so a person can look at each page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public DashboardFixture Dashboard { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "odooaspire-dashboard-screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests drive Debian's chromium at {ChromiumPath}: install it with `apt-get install -y chromium`.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        await Dashboard.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)TestTimeouts.Browser.TotalMilliseconds,
        });
        Assertions.SetDefaultExpectTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
    }

    /// <summary>A fresh page already logged in through the printed URL (token → cookie → redirect).</summary>
    public async Task<IPage> LoggedInPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)TestTimeouts.Browser.TotalMilliseconds);
        await page.GotoAsync(Dashboard.Urls.BrowserUrl.ToString());
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Dashboard.DisposeAsync();
    }
}
