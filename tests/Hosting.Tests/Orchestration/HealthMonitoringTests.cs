using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Orchestration;

/// <summary>After start-up the health checks keep running: a failing check shows, and so does the recovery.</summary>
public sealed class HealthMonitoringTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly TemporaryDirectory _site = new();

    [Fact]
    public async Task A_healthy_resource_whose_check_starts_failing_turns_unhealthy_and_healthy_again_when_it_passes()
    {
        var healthFile = Path.Combine(_site.Path, "health");
        await File.WriteAllTextAsync(healthFile, "ok");
        await using var app = await DevHostTestingBuilder.CreateAsync(
            builder =>
            {
                var server = builder.AddExecutable("server", "/bin/sh", "/", "-c", $"exec busybox httpd -f -p 127.0.0.1:$PORT -h {_site.Path}")
                    .WithHttpEndpoint()
                    .WithHttpHealthCheck("/health");
                server.WithEnvironment("PORT", new PortValue(server.GetEndpoint("http")));
            },
            ["--DataPath", _data.Path, "--DevHost:HealthCheckSeconds", "1"]);
        await app.StartAsync();
        await app.WaitHealthyAsync("server", TestTimeouts.Short);
        Assert.Equal([true], app.GetSnapshot("server").HealthReports.Select(r => r.IsHealthy));

        File.Delete(healthFile);
        var unhealthy = await WaitForStateAsync(app, "server", ResourceState.Unhealthy);

        Assert.Contains("/health", unhealthy.Reason, StringComparison.Ordinal);
        Assert.Contains("404", unhealthy.Reason, StringComparison.Ordinal);
        var report = Assert.Single(unhealthy.HealthReports);
        Assert.False(report.IsHealthy);

        await File.WriteAllTextAsync(healthFile, "ok");
        var healthy = await WaitForStateAsync(app, "server", ResourceState.Healthy);
        Assert.Null(healthy.Reason);
        Assert.True(Assert.Single(healthy.HealthReports).IsHealthy);
    }

    [Fact]
    public async Task The_console_warns_when_a_running_resource_turns_unhealthy_and_says_when_it_recovers()
    {
        var healthFile = Path.Combine(_site.Path, "health");
        await File.WriteAllTextAsync(healthFile, "ok");
        await using var app = await DevHostTestingBuilder.CreateAsync(
            builder =>
            {
                var server = builder.AddExecutable("server", "/bin/sh", "/", "-c", $"exec busybox httpd -f -p 127.0.0.1:$PORT -h {_site.Path}")
                    .WithHttpEndpoint()
                    .WithHttpHealthCheck("/health");
                server.WithEnvironment("PORT", new PortValue(server.GetEndpoint("http")));
            },
            ["--DataPath", _data.Path, "--DevHost:HealthCheckSeconds", "1"]);
        using var console = new StringWriter();
        var presenter = new Presentation.ConsolePresenter(console, app.App, TimeProvider.System);
        var startup = presenter.ShowStartupAsync(CancellationToken.None);
        await app.StartAsync();
        await startup.WaitAsync(TestTimeouts.Short);
        using var watching = new CancellationTokenSource();
        var runtime = presenter.ShowRuntimeExitsAsync(watching.Token);

        File.Delete(healthFile);
        await WaitForStateAsync(app, "server", ResourceState.Unhealthy);
        await File.WriteAllTextAsync(healthFile, "ok");
        await WaitForStateAsync(app, "server", ResourceState.Healthy);
        await watching.CancelAsync();
        await runtime;

        var lines = console.ToString().Split('\n');
        var warning = Array.FindIndex(lines, l => l.StartsWith("warning: resource 'server' is unhealthy: HTTP GET /health", StringComparison.Ordinal));
        var recovered = Array.FindIndex(lines, l => l.StartsWith("resource 'server' is healthy again", StringComparison.Ordinal));
        Assert.True(warning >= 0 && recovered > warning, console.ToString());
    }

    private static async Task<ResourceSnapshot> WaitForStateAsync(DevHostTestApp app, string name, ResourceState state)
    {
        using var deadline = TestTimeouts.ShortToken();
        await foreach (var snapshot in app.App.ResourceNotifications.WatchAsync(deadline.Token))
        {
            if (snapshot.Name == name && snapshot.State == state)
            {
                return snapshot;
            }
        }

        throw new TimeoutException($"'{name}' never became {state}.");
    }

    public void Dispose()
    {
        _data.Dispose();
        _site.Dispose();
    }
}
