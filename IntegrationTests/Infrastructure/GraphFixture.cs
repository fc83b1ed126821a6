using System.Diagnostics;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// The whole graph — PostgreSQL, Odoo, gateway — as the AppHost composes it, started through Aspire's testing
/// builder once per test class or collection, on random ports in an isolated data folder with a database of its
/// own, and torn down afterwards with a check that nothing it started is still running.
/// </summary>
public class GraphFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private IDistributedApplicationTestingBuilder? _builder;
    private DistributedApplication? _app;
    private ResourceLogs? _logs;
    private LeftoverProcesses? _processes;
    private bool _disposed;

    /// <summary>The running graph.</summary>
    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph is not started.");

    /// <summary>The console output of each resource since the graph was built.</summary>
    internal ResourceLogs Logs => _logs ?? throw new InvalidOperationException("The graph is not started.");

    /// <summary>The gateway's public URL: the only address the scenarios use.</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>The data folder of this graph (removed when it is disposed).</summary>
    public string DataPath { get; } = Directory.CreateTempSubdirectory("odooaspire-it-").FullName;

    /// <summary>The Odoo database of this graph.</summary>
    public string Database { get; } = "livechat_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The Odoo login of the development administrator (a fresh database's admin user).</summary>
    public (string Login, string Password) Operator { get; } = ("admin", "admin");

    /// <summary>Settings a derived fixture adds, as AppHost command-line arguments.</summary>
    protected virtual IEnumerable<string> Arguments => [];

    /// <summary>The gateway endpoint the scenarios use (<c>http</c>, or <c>https</c> for TLS termination).</summary>
    protected virtual string GatewayEndpoint => "http";

    /// <summary>Whether Aspire's dashboard runs beside the graph (off in tests unless one looks at it).</summary>
    protected virtual bool WithDashboard => false;

    public virtual async Task InitializeAsync()
    {
        _processes = LeftoverProcesses.Before(DataPath);
        var elapsed = Stopwatch.StartNew();
        string[] args =
        [
            "--DataPath", DataPath,
            "--Odoo:Database", Database,
            .. OdooTarget.ModeArguments,
            .. Arguments,
        ];
        using var deadline = new CancellationTokenSource(TestTimeouts.GraphCreate);
        Task? starting = null;
        try
        {
            _builder = WithDashboard
                ? await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                    new DistributedApplicationTestingBuilderOptions { EnableDashboard = true }, args, deadline.Token)
                : await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                    args, (options, _) => options.DisableDashboard = true, deadline.Token);
            QuietenExpectedLogs(_builder);
            _app = await _builder.BuildAsync(deadline.Token);
            var resources = GraphResources.Visible(_app.Services.GetRequiredService<DistributedApplicationModel>());
            _logs = ResourceLogs.Follow(_app, resources);
            deadline.CancelAfter(TestTimeouts.GraphStart);
            starting = _app.StartAsync(deadline.Token);
            await GraphReadiness.WaitUntilHealthyAsync(_app, starting, resources, _logs, deadline.Token);
            await starting;
            await OnHealthyAsync(_app, deadline.Token);
        }
        catch (Exception ex)
        {
            // A start still waiting for a resource that will never come ends here, before the graph is stopped.
            await deadline.CancelAsync();
            if (starting is not null)
            {
                await starting.ContinueWith(_ => { }, TaskScheduler.Default);
            }

            try
            {
                await DisposeAsync();
            }
            catch (Exception cleanup)
            {
                throw new GraphStartException($"{ex.Message}{Environment.NewLine}Cleaning up after it failed too: {cleanup.Message}", ex);
            }

            throw;
        }

        StartTime = elapsed.Elapsed;
        _processes.RecordGraph();
        GatewayUrl = _app.GetEndpoint("gateway", GatewayEndpoint);
        Report($"started in {StartTime.TotalSeconds:0.0} s, {_processes.Graph.Count} processes ({_processes.DescribeRunning()}); "
            + string.Join(' ', args.SkipWhile(a => a != "--Odoo:Database").Skip(2)));
    }

    /// <summary>From the builder's creation to every resource healthy.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>A step a derived fixture takes once everything is healthy (still under the start deadline).</summary>
    protected virtual Task OnHealthyAsync(DistributedApplication app, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var elapsed = Stopwatch.StartNew();
        var problems = new List<string>();
        if (_app is not null)
        {
            _processes?.RecordGraph();
            using var stop = new CancellationTokenSource(TestTimeouts.GraphStop);
            try
            {
                await _app.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                problems.Add($"the graph did not stop within {TestTimeouts.GraphStop.TotalSeconds} s");
            }

            await _app.DisposeAsync();
            _app = null;
        }

        if (_builder is not null)
        {
            await _builder.DisposeAsync();
            _builder = null;
        }

        if (_logs is not null)
        {
            await _logs.DisposeAsync();
            _logs = null;
        }

        var stopTime = elapsed.Elapsed;
        var runningAfterStop = _processes?.DescribeRunning() ?? "none";
        var leftovers = _processes is null ? [] : await _processes.FindAfterAsync(TestTimeouts.LeftoverGrace);
        _processes = null;
        if (leftovers.Count > 0)
        {
            problems.Add("processes of the graph outlived it: " + string.Join("; ", leftovers));
            StopLeftovers(leftovers);
        }

        DeleteDataFolder(problems);
        Report($"disposed: stopped in {stopTime.TotalSeconds:0.0} s; still running then: {runningAfterStop}; "
            + $"{leftovers.Count} left {elapsed.Elapsed.TotalSeconds:0.0} s after the stop began");
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{GetType().Name}: " + string.Join("; ", problems));
        }
    }

    /// <summary>
    /// Resources' output is kept by <see cref="ResourceLogs"/> and shown with a failure, and health checks fail
    /// by design until a resource answers: neither needs to flood the test log as the AppHost's logging.
    /// </summary>
    private static void QuietenExpectedLogs(IDistributedApplicationTestingBuilder builder) =>
        builder.Services.AddLogging(logging => logging
            .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None));

    private void Report(string message) =>
        diagnostics.OnMessage(new DiagnosticMessage($"{GetType().Name} {message}"));

    /// <summary>Ends the leftovers this fixture started, so the next graph starts clean; the fixture still fails.</summary>
    private static void StopLeftovers(IEnumerable<ProcessEntry> leftovers)
    {
        foreach (var leftover in leftovers.Where(ProcessTable.IsRunning))
        {
            try
            {
                using var process = Process.GetProcessById(leftover.Id);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone in the meantime.
            }
        }
    }

    private void DeleteDataFolder(List<string> problems)
    {
        try
        {
            if (Directory.Exists(DataPath))
            {
                Directory.Delete(DataPath, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"the data folder {DataPath} could not be removed: {ex.Message}");
        }
    }
}
