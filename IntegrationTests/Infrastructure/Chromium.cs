using Microsoft.Playwright;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser), headless, launched on first use so a class
/// whose tests are all skipped costs nothing. Each page gets a context of its own (no cookie of another page);
/// screenshots go to a temp folder for a person to look at.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "odooaspire-screenshots");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh page in a context of its own; Playwright's waits on it default to <paramref name="timeout"/>.</summary>
    public async Task<IPage> NewPageAsync(TimeSpan timeout)
    {
        var browser = await LaunchAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)timeout.TotalMilliseconds);
        return page;
    }

    /// <summary>Saves a full-page screenshot as <c>name.png</c> in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        _launch.Dispose();
    }

    private async Task<IBrowser> LaunchAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"The browser tests drive Debian's chromium at {ExecutablePath}: install it with `apt-get install -y chromium`.");
            }

            // A Blazor page renders what it receives over its circuit: expectations wait as long as telemetry may take.
            Assertions.SetDefaultExpectTimeout((float)TestTimeouts.Telemetry.TotalMilliseconds);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
                Timeout = (float)TestTimeouts.Delivery.TotalMilliseconds,
            });
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }
}
