using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.Dashboard.Resources;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>An in-memory catalog: resources the tests declare, console lines they write, and the commands received.</summary>
internal sealed class FakeResourceCatalog : IResourceCatalog
{
    private readonly Lock _gate = new();
    private readonly List<ResourceSnapshot> _resources = [];
    private readonly List<ConsoleLogLine> _lines = [];
    private readonly List<Channel<ConsoleLogLine>> _lineWatchers = [];
    private readonly List<Channel<ResourceSnapshot>> _resourceWatchers = [];

    public List<(string Resource, ResourceCommand Command)> Commands { get; } = [];

    public static FakeResourceCatalog WithOdooGraph(DateTimeOffset now)
    {
        var catalog = new FakeResourceCatalog();
        catalog.Set(new ResourceSnapshot("postgres", "Executable", ResourceState.Healthy, null, now.AddMinutes(-3), 0,
            [new ResourceHealthCheck("tcp", HealthStatus.Healthy, "accepting connections", now)],
            [new ResourceEndpoint("tcp", new Uri("tcp://127.0.0.1:5433"))],
            [new ResourceEnvironmentVariable("PGDATA", "/tmp/pg", false), new ResourceEnvironmentVariable("POSTGRES_PASSWORD", "s3cr3t-pg", true)]));
        catalog.Set(new ResourceSnapshot("odoo", "Project", ResourceState.Unhealthy, null, now.AddMinutes(-2), 1,
            [new ResourceHealthCheck("http", HealthStatus.Unhealthy, "GET /web/health returned 503", now)],
            [new ResourceEndpoint("http", new Uri("http://127.0.0.1:8069")), new ResourceEndpoint("websocket", new Uri("http://127.0.0.1:8072"))],
            [new ResourceEnvironmentVariable("ODOO_DB_PASSWORD", "hunter2-odoo", false), new ResourceEnvironmentVariable("ODOO_WORKERS", "2", false)])
        {
            Notices = ["No real Odoo is running: the Odoo simulator serves this environment. Set Odoo:Mode to Container or Source for a real one."],
        });
        catalog.Set(new ResourceSnapshot("gateway", "Project", ResourceState.Healthy, null, now.AddMinutes(-1), 0, [],
            [new ResourceEndpoint("http", new Uri("http://127.0.0.1:8080"))], []));
        catalog.Set(new ResourceSnapshot("migrator", "Executable", ResourceState.Exited, 3, now.AddMinutes(-4), 0, [], [], [])
        {
            StateReason = "database odoo is locked",
        });
        return catalog;
    }

    public void Set(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            var index = _resources.FindIndex(r => r.Name == snapshot.Name);
            if (index >= 0)
            {
                _resources[index] = snapshot;
            }
            else
            {
                _resources.Add(snapshot);
            }

            _resourceWatchers.ForEach(watcher => watcher.Writer.TryWrite(snapshot));
        }
    }

    public void Write(string resource, string text, bool isError = false)
    {
        var line = new ConsoleLogLine(resource, DateTimeOffset.UtcNow, text, isError);
        lock (_gate)
        {
            _lines.Add(line);
            _lineWatchers.ForEach(watcher => watcher.Writer.TryWrite(line));
        }
    }

    public IReadOnlyList<ResourceSnapshot> GetResources()
    {
        lock (_gate)
        {
            return _resources.ToList();
        }
    }

    public IReadOnlyList<ConsoleLogLine> GetConsoleLogs(string resourceName)
    {
        lock (_gate)
        {
            return _lines.Where(line => line.ResourceName == resourceName).ToList();
        }
    }

    public async IAsyncEnumerable<ResourceSnapshot> WatchResourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ResourceSnapshot>();
        lock (_gate)
        {
            _resourceWatchers.Add(channel);
        }

        await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return snapshot;
        }
    }

    public async IAsyncEnumerable<ConsoleLogLine> WatchConsoleLogsAsync(string? resourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ConsoleLogLine>();
        lock (_gate)
        {
            _lineWatchers.Add(channel);
        }

        await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
        {
            if (resourceName is null || line.ResourceName == resourceName)
            {
                yield return line;
            }
        }
    }

    public Task ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (resourceName == "migrator" && command == ResourceCommand.Stop)
            {
                throw new InvalidOperationException("migrator has already exited.");
            }

            Commands.Add((resourceName, command));
        }

        return Task.CompletedTask;
    }
}
