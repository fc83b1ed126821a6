using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OdooAspire.Dashboard.Storage;

/// <summary>
/// Tells watchers that something changed. A slow watcher sees the latest version, never a backlog:
/// pages re-render from the store, so only "changed since you last looked" matters.
/// </summary>
internal sealed class ChangeFeed
{
    private readonly Lock _gate = new();
    private readonly List<Channel<long>> _watchers = [];
    private long _version;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Version => Interlocked.Read(ref _version);

    public void Notify()
    {
        var version = Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(version);
            }
        }
    }

    /// <summary>Completes once <see cref="Version"/> is greater than <paramref name="knownVersion"/>.</summary>
    public Task WaitForChangeAsync(long knownVersion, CancellationToken cancellationToken)
    {
        var changed = Volatile.Read(ref _changed).Task;
        return Version > knownVersion ? Task.CompletedTask : changed.WaitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<long> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        try
        {
            await foreach (var version in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return version;
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }
}
