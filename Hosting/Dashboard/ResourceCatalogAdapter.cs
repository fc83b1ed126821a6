using System.Runtime.CompilerServices;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.Dashboard.Resources;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using DashboardSnapshot = OdooAspire.Dashboard.Resources.ResourceSnapshot;
using DashboardState = OdooAspire.Dashboard.Resources.ResourceState;
using HostSnapshot = OdooAspire.Hosting.ApplicationModel.ResourceSnapshot;
using HostState = OdooAspire.Hosting.ApplicationModel.ResourceState;

namespace OdooAspire.Hosting.Dashboard;

/// <summary>Shows the host's resources, logs and commands to the dashboard, in the host's declaration order.</summary>
internal sealed class ResourceCatalogAdapter(
    IReadOnlyList<Resource> resources,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    IResourceCommands commands) : IResourceCatalog
{
    private readonly string[] _names = [.. resources.Where(r => r is not ParameterResource).Select(r => r.Name)];

    public IReadOnlyList<DashboardSnapshot> GetResources() =>
        [.. _names.Select(notifications.Get).OfType<HostSnapshot>().Select(Map)];

    public async IAsyncEnumerable<DashboardSnapshot> WatchResourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var snapshot in notifications.WatchAsync(cancellationToken))
        {
            if (_names.Contains(snapshot.Name, StringComparer.Ordinal))
            {
                yield return Map(snapshot);
            }
        }
    }

    public IReadOnlyList<ConsoleLogLine> GetConsoleLogs(string resourceName)
    {
        EnsureKnown(resourceName);
        return [.. logs.Get(resourceName).Snapshot().Select(line => Map(resourceName, line))];
    }

    public IAsyncEnumerable<ConsoleLogLine> WatchConsoleLogsAsync(string? resourceName, CancellationToken cancellationToken)
    {
        if (resourceName is not null)
        {
            EnsureKnown(resourceName);
            return WatchOneAsync(resourceName, cancellationToken);
        }

        return ConsoleLogMerger.MergeAsync(_names.Select(name => WatchOneAsync(name, cancellationToken)).ToList(), cancellationToken);
    }

    public async Task ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken)
    {
        EnsureKnown(resourceName);
        var state = notifications.Get(resourceName)?.State;
        switch (command)
        {
            case ResourceCommand.Stop:
                await commands.StopResourceAsync(resourceName, cancellationToken);
                break;
            case ResourceCommand.Start when state is HostState.Stopped or HostState.Exited or HostState.FailedToStart:
                commands.StartResource(resourceName);
                break;
            case ResourceCommand.Start:
                throw new InvalidOperationException($"Resource '{resourceName}' is {state?.ToString().ToLowerInvariant() ?? "unknown"}; only a stopped, exited or failed resource can be started.");
            case ResourceCommand.Restart:
                await commands.StopResourceAsync(resourceName, cancellationToken);
                commands.StartResource(resourceName);
                break;
            default:
                throw new InvalidOperationException($"Unknown command '{command}'.");
        }
    }

    /// <summary>The dashboard's view of one host snapshot; masked values are flagged secret.</summary>
    internal static DashboardSnapshot Map(HostSnapshot snapshot) =>
        new(
            snapshot.Name,
            snapshot.Kind,
            MapState(snapshot.State),
            snapshot.ExitCode,
            snapshot.StartedAt,
            snapshot.Restarts,
            [.. snapshot.HealthReports.Select(MapReport)],
            [.. snapshot.Endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new ResourceEndpoint(e.Key, new Uri(e.Value)))],
            [.. snapshot.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(MapVariable)])
        {
            StateReason = snapshot.Reason,
            Notices = [.. snapshot.Notices],
        };

    internal static DashboardState MapState(HostState state) => state switch
    {
        HostState.NotStarted => DashboardState.NotStarted,
        HostState.Waiting => DashboardState.Waiting,
        HostState.Starting => DashboardState.Starting,
        HostState.Running => DashboardState.Running,
        HostState.Healthy => DashboardState.Healthy,
        HostState.Unhealthy => DashboardState.Unhealthy,
        HostState.Stopping => DashboardState.Stopping,
        HostState.Stopped => DashboardState.Stopped,
        HostState.Exited => DashboardState.Exited,
        HostState.FailedToStart => DashboardState.FailedToStart,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown resource state."),
    };

    private static ResourceHealthCheck MapReport(HealthCheckReport report) =>
        new(report.Name, report.IsHealthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, report.Detail, report.CheckedAt);

    private static ResourceEnvironmentVariable MapVariable(KeyValuePair<string, string> variable) =>
        variable.Value == EnvironmentResolver.Mask
            ? new ResourceEnvironmentVariable(variable.Key, null, IsSecret: true)
            : new ResourceEnvironmentVariable(variable.Key, variable.Value, IsSecret: false);

    private static ConsoleLogLine Map(string resourceName, LogLine line) => new(resourceName, line.Timestamp, line.Text, line.IsError);

    private async IAsyncEnumerable<ConsoleLogLine> WatchOneAsync(string resourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in logs.Get(resourceName).WatchAsync(cancellationToken))
        {
            yield return Map(resourceName, line);
        }
    }

    private void EnsureKnown(string resourceName)
    {
        if (!_names.Contains(resourceName, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"There is no resource named '{resourceName}'. Resources: {string.Join(", ", _names)}.");
        }
    }
}
