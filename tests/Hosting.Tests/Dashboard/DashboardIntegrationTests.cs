using System.Net;
using System.Net.Sockets;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Dashboard;

/// <summary>The dashboard the host runs: started before the resources, showing them, running their commands.</summary>
public sealed class DashboardIntegrationTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private Task<DevHostTestApp> CreateAsync(Action<IDevHostBuilder> compose, params string[] extra) =>
        DevHostTestingBuilder.CreateAsync(compose, ["--DataPath", _data.Path, "--DevHost:StopTimeoutSeconds", "2", .. extra]);

    private static void Worker(IDevHostBuilder builder, string name = "worker") =>
        builder.AddExecutable(name, "/bin/sh", "/", "-c", "echo worker up; exec sleep 300");

    [Fact]
    public async Task Under_the_testing_builder_the_dashboard_is_off_unless_enabled()
    {
        await using var app = await CreateAsync(b => Worker(b));
        await app.StartAsync();

        Assert.Null(app.DashboardUrls);
    }

    [Fact]
    public async Task The_enabled_dashboard_lists_the_resources_and_stops_one_on_command()
    {
        await using var app = await CreateAsync(b => { Worker(b); Worker(b, "other"); }, "--Dashboard:Enabled", "true");
        await app.StartAsync();
        await app.WaitForAllHealthyAsync(TestTimeouts.ShortToken().Token);
        var urls = Assert.IsType<OdooAspire.Dashboard.DashboardUrls>(app.DashboardUrls);
        Assert.Equal(IPAddress.Loopback.ToString(), urls.BrowserUrl.Host);
        using var browser = LoggedInClient();

        var page = await browser.GetStringAsync(urls.BrowserUrl);

        Assert.Contains("data-resource=\"worker\"", page, StringComparison.Ordinal);
        Assert.Contains("data-resource=\"other\"", page, StringComparison.Ordinal);
        using var stop = await browser.PostAsync(new Uri(urls.BrowserUrl, "/resources/worker/commands/stop"), null);
        Assert.Equal(ResourceState.Stopped, app.GetSnapshot("worker").State);
        Assert.Equal(ResourceState.Healthy, app.GetSnapshot("other").State);
        using var refused = await browser.PostAsync(new Uri(urls.BrowserUrl, "/resources/other/commands/start"), null);
        Assert.Contains("only a stopped, exited or failed resource can be started", WebUtility.UrlDecode(refused.RequestMessage!.RequestUri!.Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_port_in_use_fails_the_start_with_a_message_naming_the_setting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var app = await CreateAsync(b => Worker(b), "--Dashboard:Enabled", "true", "--Dashboard:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains($"Dashboard:Port {port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dashboard:Enabled false", error.Message, StringComparison.Ordinal);
        Assert.Null(app.App.ResourceNotifications.Get("worker"));
    }

    [Fact]
    public async Task An_invalid_Dashboard_Enabled_value_is_reported_when_the_application_is_built()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CreateAsync(b => Worker(b), "--Dashboard:Enabled", "sometimes"));

        Assert.Contains("Dashboard:Enabled is 'sometimes'", error.Message, StringComparison.Ordinal);
    }

    private static HttpClient LoggedInClient() =>
        new(new SocketsHttpHandler { UseProxy = false, CookieContainer = new CookieContainer(), AllowAutoRedirect = true });

    public void Dispose() => _data.Dispose();
}
