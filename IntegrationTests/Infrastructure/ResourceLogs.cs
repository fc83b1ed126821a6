using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Every resource's console output, followed from the moment the graph starts (Aspire's
/// <see cref="ResourceLoggerService"/>), so a failure can say what the resource printed last.
/// </summary>
/// <remarks>
/// A resource's output is logged under the name the orchestrator gives each of its instances
/// (<c>gateway-xyz</c>), known only once it is being created: each instance is followed as its first state
/// arrives, and Aspire replays what it printed before.
/// </remarks>
internal sealed class ResourceLogs : IAsyncDisposable
{
    private const int Kept = 2000;

    private readonly ConcurrentDictionary<string, LinkedList<string>> _lines = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _followers = [];
    private readonly HashSet<string> _instances = new(StringComparer.Ordinal);
    private Task _discovery = Task.CompletedTask;

    private ResourceLogs()
    {
    }

    /// <summary>Starts following <paramref name="resourceNames"/> of a built (not necessarily started) app.</summary>
    public static ResourceLogs Follow(DistributedApplication app, IEnumerable<string> resourceNames)
    {
        var logs = new ResourceLogs();
        foreach (var name in resourceNames)
        {
            logs._lines.TryAdd(name, new LinkedList<string>());
        }

        logs._discovery = logs.DiscoverInstancesAsync(app.ResourceNotifications, app.Services.GetRequiredService<ResourceLoggerService>());
        return logs;
    }

    /// <summary>The lines of <paramref name="resourceName"/> so far (at most the last 2000).</summary>
    public IReadOnlyList<string> Snapshot(string resourceName)
    {
        if (!_lines.TryGetValue(resourceName, out var lines))
        {
            return [];
        }

        lock (lines)
        {
            return [.. lines];
        }
    }

    /// <summary>The last <paramref name="count"/> lines, indented, for a failure message.</summary>
    public string Tail(string resourceName, int count = 25)
    {
        var lines = Snapshot(resourceName);
        return lines.Count == 0
            ? "    (no output)"
            : string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Count - count)).Select(l => "    " + l));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _discovery;
        Task[] followers;
        lock (_followers)
        {
            followers = [.. _followers];
        }

        await Task.WhenAll(followers);
        _stop.Dispose();
    }

    private async Task DiscoverInstancesAsync(ResourceNotificationService notifications, ResourceLoggerService service)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(_stop.Token))
            {
                if (_lines.TryGetValue(update.Resource.Name, out var lines) && _instances.Add(update.ResourceId))
                {
                    lock (_followers)
                    {
                        _followers.Add(FollowAsync(service, update.ResourceId, lines));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The fixture is done with the graph.
        }
        catch (ObjectDisposedException)
        {
            // The app's services went away first.
        }
    }

    private async Task FollowAsync(ResourceLoggerService service, string instance, LinkedList<string> lines)
    {
        try
        {
            await foreach (var batch in service.WatchAsync(instance).WithCancellation(_stop.Token))
            {
                lock (lines)
                {
                    foreach (var line in batch)
                    {
                        lines.AddLast(line.IsErrorMessage ? "! " + line.Content : line.Content);
                        if (lines.Count > Kept)
                        {
                            lines.RemoveFirst();
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The fixture is done with the graph.
        }
        catch (ObjectDisposedException)
        {
            // The app's services went away first.
        }
    }
}
