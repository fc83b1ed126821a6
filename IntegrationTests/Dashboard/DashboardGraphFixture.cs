using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>
/// The graph with the dashboard on (as <c>dotnet run --project AppHost</c> has it), and Debian's chromium
/// driven by Playwright (never a downloaded browser). Screenshots go to a temp folder for a person to look at.
/// </summary>
public sealed class DashboardGraphFixture : GraphFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "odooaspire-graph-screenshots");

    /// <summary>The printed dashboard URL (it carries the login token).</summary>
    public Uri DashboardUrl { get; private set; } = null!;

    protected override IEnumerable<string> Arguments => ["--Dashboard:Enabled", "true"];

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The dashboard tests drive Debian's chromium at {ChromiumPath}: install it with `apt-get install -y chromium`.");
        }

        await base.InitializeAsync();
        DashboardUrl = App.DashboardUrls?.BrowserUrl ?? throw new InvalidOperationException("The graph started without its dashboard.");
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)TestTimeouts.Delivery.TotalMilliseconds,
        });
        Assertions.SetDefaultExpectTimeout((float)TestTimeouts.Telemetry.TotalMilliseconds);
    }

    /// <summary>A fresh browser page logged in through the printed URL (token → cookie), at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(DashboardUrl.ToString());
        if (path != "/")
        {
            await page.GotoAsync(new Uri(DashboardUrl, path).ToString());
        }

        return page;
    }

    /// <summary>A fresh browser page (its own cookies) at <paramref name="path"/> of the gateway: what an Odoo user opens.</summary>
    public async Task<IPage> OpenThroughGatewayAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(GatewayUrl, path).ToString());
        return page;
    }

    // A page in a context of its own: no cookie of another test's page.
    private async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)TestTimeouts.Telemetry.TotalMilliseconds);
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
