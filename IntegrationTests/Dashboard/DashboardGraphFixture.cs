using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using OdooAspire.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.IntegrationTests.Dashboard;

/// <summary>
/// The graph with Aspire's dashboard beside it (on free loopback ports, with a login token of its own), and
/// Debian's chromium to look at it.
/// </summary>
public sealed class DashboardGraphFixture(IMessageSink diagnostics) : GraphFixture(diagnostics)
{
    private readonly Chromium _chromium = new();

    /// <summary>The dashboard's login URL (it carries the browser token).</summary>
    public Uri LoginUrl { get; private set; } = null!;

    protected override bool WithDashboard => true;

    /// <summary>A fresh browser page logged in through the login URL (token → cookie), at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await _chromium.NewPageAsync(TestTimeouts.Telemetry);
        await page.GotoAsync(LoginUrl.ToString());
        // The login page trades the token for a cookie and moves on to the resources page.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        if (path != "/")
        {
            await page.GotoAsync(new Uri(LoginUrl, path).ToString());
        }

        return page;
    }

    public override async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override async Task OnHealthyAsync(DistributedApplication app, CancellationToken cancellationToken) =>
        LoginUrl = await app.GetDashboardUrlAsync(cancellationToken);
}
