using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>The current snapshot of every resource, and a stream of changes, for the console, dashboard and tests.</summary>
public sealed class ResourceNotificationService
{
    private readonly ConcurrentDictionary<string, ResourceSnapshot> _current = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<Channel<ResourceSnapshot>> _subscribers = [];

    /// <summary>The latest snapshot of every resource.</summary>
    public IReadOnlyList<ResourceSnapshot> Current => [.. _current.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The latest snapshot of one resource, or null when there is no such resource.</summary>
    public ResourceSnapshot? Get(string name) => _current.GetValueOrDefault(name);

    internal void Publish(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _current[snapshot.Name] = snapshot;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(snapshot);
            }
        }
    }

    /// <summary>The current snapshots, then every change until cancelled.</summary>
    public async IAsyncEnumerable<ResourceSnapshot> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ResourceSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        IReadOnlyList<ResourceSnapshot> backlog;
        lock (_gate)
        {
            backlog = Current;
            _subscribers.Add(channel);
        }

        try
        {
            foreach (var snapshot in backlog)
            {
                yield return snapshot;
            }

            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
