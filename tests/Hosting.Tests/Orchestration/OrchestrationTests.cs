using System.Text.RegularExpressions;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Orchestration;

/// <summary>Real processes (shell scripts) through the whole orchestrator.</summary>
public sealed class OrchestrationTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    private Task<DevHostTestApp> CreateAsync(Action<IDevHostBuilder> compose) =>
        DevHostTestingBuilder.CreateAsync(compose, ["--DataPath", _data.Path, "--DevHost:StopTimeoutSeconds", "2"]);

    private static IResourceBuilder<ExecutableResource> Shell(IDevHostBuilder builder, string name, string script) =>
        builder.AddExecutable(name, "/bin/sh", "/", "-c", script);

    /// <summary>A tiny HTTP server answering 200 on any path, listening on $PORT.</summary>
    private static string HttpServer(string before = "") =>
        before + "exec busybox httpd -f -p 127.0.0.1:$PORT -h /tmp";

    [Fact]
    public async Task A_resource_waits_until_its_dependency_is_healthy()
    {
        await using var app = await CreateAsync(builder =>
        {
            var server = Shell(builder, "server", HttpServer("sleep 1; "))
                .WithHttpEndpoint()
                .WithHttpHealthCheck("/", statusCode: 404);
            server.WithEnvironment("PORT", new PortValue(server.GetEndpoint("http")));
            Shell(builder, "client", "echo started; exec sleep 30").WaitFor(server);
        });

        await app.StartAsync();
        await app.WaitHealthyAsync("client", TestTimeouts.Short);

        var server = app.GetSnapshot("server");
        var client = app.GetSnapshot("client");
        Assert.Equal(ResourceState.Healthy, server.State);
        Assert.True(client.StartedAt >= server.HealthyAt, $"client started {client.StartedAt:O}, server healthy {server.HealthyAt:O}");
    }

    [Fact]
    public async Task A_dependency_that_crashes_fails_the_wait_at_once_with_its_log()
    {
        await using var app = await CreateAsync(builder =>
        {
            var broken = Shell(builder, "broken", "echo 'cannot open config' >&2; exit 4").WithHttpEndpoint().WithHttpHealthCheck("/");
            Shell(builder, "client", "exec sleep 30").WaitFor(broken);
        });
        await app.StartAsync();
        var started = DateTime.UtcNow;

        var failure = await Assert.ThrowsAsync<ResourceFailedException>(() => app.WaitForResourceHealthyAsync("client", CancellationToken.None).WaitAsync(TestTimeouts.Short));

        Assert.Equal("broken", failure.ResourceName);
        Assert.Contains("exited with code 4", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("cannot open config", failure.LastLogLines);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal(ResourceState.FailedToStart, app.GetSnapshot("client").State);
        Assert.Null(app.GetSnapshot("client").StartedAt);
    }

    [Fact]
    public async Task Waiting_for_an_unknown_resource_throws_at_once()
    {
        await using var app = await CreateAsync(builder => Shell(builder, "only", "exec sleep 30"));
        await app.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => { _ = app.WaitForResourceHealthyAsync("missing", CancellationToken.None); });

        Assert.Contains("only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_that_exits_after_being_healthy_is_reported_as_exited()
    {
        await using var app = await CreateAsync(builder => Shell(builder, "short", "sleep 1; exit 0"));
        await app.StartAsync();
        await app.WaitHealthyAsync("short", TestTimeouts.Short);

        using var cts = TestTimeouts.ShortToken();
        await foreach (var snapshot in app.App.ResourceNotifications.WatchAsync(cts.Token))
        {
            if (snapshot.Name == "short" && snapshot.State == ResourceState.Exited)
            {
                Assert.Equal(0, snapshot.ExitCode);
                return;
            }
        }
    }

    [Fact]
    public async Task Stopping_the_application_leaves_no_process_behind_even_one_ignoring_sigterm()
    {
        await using var app = await CreateAsync(builder =>
        {
            Shell(builder, "stubborn", "trap '' TERM; sleep 300 & echo child=$!; while :; do sleep 0.1; done");
            Shell(builder, "polite", "exec sleep 300");
        });
        await app.StartAsync();
        await app.WaitForAllHealthyAsync(TestTimeouts.ShortToken().Token);
        var line = await app.GetLogs("stubborn").WaitForLineAsync(l => l.StartsWith("child=", StringComparison.Ordinal));
        int[] pids = [app.GetSnapshot("stubborn").ProcessId!.Value, app.GetSnapshot("polite").ProcessId!.Value, int.Parse(line.Text[6..], System.Globalization.CultureInfo.InvariantCulture)];

        await app.App.StopAsync();

        Assert.True(await ProcessTable.WaitUntilGoneAsync(pids, TestTimeouts.Short));
        Assert.Equal(ResourceState.Stopped, app.GetSnapshot("stubborn").State);
    }

    [Fact]
    public async Task Environment_reaches_the_process_with_endpoints_and_masked_secrets_in_the_snapshot()
    {
        await using var app = await CreateAsync(builder =>
        {
            var api = Shell(builder, "api", "exec sleep 30").WithHttpEndpoint();
            var secret = builder.AddParameter("token", secret: true, generate: true);
            Shell(builder, "worker", "echo \"api=$services__api__http__0 token=$TOKEN\"; exec sleep 30")
                .WithReference(api)
                .WithEnvironment("TOKEN", secret);
        });
        await app.StartAsync();

        var line = await app.GetLogs("worker").WaitForLineAsync(l => l.StartsWith("api=", StringComparison.Ordinal));

        var url = app.GetEndpoint("api").ToString().TrimEnd('/');
        Assert.Matches($"^api={Regex.Escape(url)} token=[A-Za-z0-9]{{24}}$", line.Text);
        Assert.Equal("********", app.GetSnapshot("worker").Environment["TOKEN"]);
    }

    [Fact]
    public async Task A_resource_can_be_stopped_and_started_again_while_the_others_keep_running()
    {
        await using var app = await CreateAsync(builder =>
        {
            Shell(builder, "worker", "echo started; exec sleep 300");
            Shell(builder, "other", "exec sleep 300");
        });
        await app.StartAsync();
        await app.WaitForAllHealthyAsync(TestTimeouts.ShortToken().Token);
        var firstPid = app.GetSnapshot("worker").ProcessId!.Value;

        await app.App.StopResourceAsync("worker");
        Assert.Equal(ResourceState.Stopped, app.GetSnapshot("worker").State);
        Assert.True(await ProcessTable.WaitUntilGoneAsync([firstPid], TestTimeouts.Short));
        Assert.Equal(ResourceState.Healthy, app.GetSnapshot("other").State);
        Assert.Throws<InvalidOperationException>(() => app.App.StartResource("other"));

        app.App.StartResource("worker");
        await app.WaitHealthyAsync("worker", TestTimeouts.Short);

        var restarted = app.GetSnapshot("worker");
        Assert.Equal(1, restarted.Restarts);
        Assert.NotEqual(firstPid, restarted.ProcessId);
        Assert.True(ProcessTable.IsAlive(restarted.ProcessId!.Value));
    }

    public void Dispose() => _data.Dispose();
}
