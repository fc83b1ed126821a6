using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Waits until every resource of a starting graph is healthy; fails as soon as one cannot become so (it failed to
/// start, exited or finished), the start itself fails, or the deadline passes, naming each resource that is not
/// healthy with its state, its health checks and the last lines it printed.
/// </summary>
internal static class GraphReadiness
{
    /// <param name="app">The graph.</param>
    /// <param name="starting">
    /// <see cref="DistributedApplication.StartAsync"/>, not awaited: it returns only once every resource was created,
    /// which waits for the resources each one waits for, so a resource that exits would hold it until the deadline.
    /// </param>
    /// <param name="resourceNames">The resources to wait for.</param>
    /// <param name="logs">Their output, for the failure message.</param>
    /// <param name="deadline">Cancelled when the graph has been given long enough.</param>
    public static async Task WaitUntilHealthyAsync(
        DistributedApplication app, Task starting, IReadOnlyList<string> resourceNames, ResourceLogs logs, CancellationToken deadline)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        var notifications = app.ResourceNotifications;
        var waits = resourceNames.ToDictionary(
            name => (Task)notifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, stop.Token),
            name => name);
        var pending = waits.Keys.Append(starting).ToList();
        try
        {
            while (pending.Count > 0)
            {
                var done = await Task.WhenAny(pending);
                pending.Remove(done);
                try
                {
                    await done;
                }
                catch (Exception ex) when (done == starting && !deadline.IsCancellationRequested)
                {
                    throw new GraphStartException(
                        $"The AppHost failed to start: {ex.Message}{Environment.NewLine}" + Describe(app, resourceNames, logs), ex);
                }
                catch (DistributedApplicationException ex)
                {
                    throw new GraphStartException(
                        $"Resource '{waits[done]}' cannot become healthy: {ex.Message}{Environment.NewLine}"
                        + Describe(app, [waits[done], .. pending.Where(waits.ContainsKey).Select(p => waits[p])], logs), ex);
                }
                catch (OperationCanceledException ex) when (deadline.IsCancellationRequested)
                {
                    var unhealthy = pending.Prepend(done).Where(waits.ContainsKey).Select(p => waits[p]).ToList();
                    throw new GraphStartException(
                        $"Not healthy before the deadline: {string.Join(", ", unhealthy)}.{Environment.NewLine}" + Describe(app, unhealthy, logs), ex);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(pending.Where(waits.ContainsKey).Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    /// <summary>Each resource's state, health checks and last lines.</summary>
    public static string Describe(DistributedApplication app, IEnumerable<string> resourceNames, ResourceLogs logs)
    {
        var text = new StringBuilder();
        foreach (var name in resourceNames)
        {
            text.AppendLine(DescribeState(app, name));
            text.AppendLine($"  last lines of {name}:");
            text.AppendLine(logs.Tail(name));
        }

        return text.ToString();
    }

    private static string DescribeState(DistributedApplication app, string name)
    {
        if (!app.ResourceNotifications.TryGetCurrentState(name, out var current))
        {
            return $"- {name}: no state published";
        }

        var snapshot = current.Snapshot;
        var line = new StringBuilder($"- {name}: {snapshot.State?.Text ?? KnownResourceStates.NotStarted}");
        line.Append(snapshot.HealthStatus is { } health ? $", {health}" : ", health unknown");
        if (snapshot.ExitCode is { } exitCode)
        {
            line.Append($", exit code {exitCode}");
        }

        foreach (var report in snapshot.HealthReports.Where(r => r.Status != HealthStatus.Healthy))
        {
            line.Append($"{Environment.NewLine}  check {report.Name}: {report.Status?.ToString() ?? "not run yet"} {report.Description}");
            if (report.ExceptionText is { Length: > 0 } exception)
            {
                line.Append(" — " + exception.Split('\n')[0].Trim());
            }
        }

        return line.ToString();
    }
}
