using System.Threading.Channels;
using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>The last lines of one resource's output, bounded, with live subscriptions.</summary>
public sealed class LogBuffer
{
    private readonly Lock _gate = new();
    private readonly Queue<LogLine> _lines = new();
    private readonly List<Channel<LogLine>> _subscribers = [];
    private readonly TimeProvider _time;
    private long _sequence;

    internal LogBuffer(int capacity, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _time = time;
    }

    /// <summary>How many lines are kept; older lines are dropped.</summary>
    public int Capacity { get; }

    /// <summary>Adds one line (without its line break).</summary>
    public void Append(string text, bool isError)
    {
        lock (_gate)
        {
            var line = new LogLine(++_sequence, _time.GetUtcNow(), text, isError);
            _lines.Enqueue(line);
            if (_lines.Count > Capacity)
            {
                _lines.Dequeue();
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(line);
            }
        }
    }

    /// <summary>The lines currently kept, oldest first.</summary>
    public IReadOnlyList<LogLine> Snapshot()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    /// <summary>The last <paramref name="count"/> lines as text, for error messages.</summary>
    public IReadOnlyList<string> Tail(int count)
    {
        lock (_gate)
        {
            return [.. _lines.Skip(Math.Max(0, _lines.Count - count)).Select(l => l.Text)];
        }
    }

    /// <summary>The kept lines, then every new line until cancelled.</summary>
    public async IAsyncEnumerable<LogLine> WatchAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<LogLine>(new UnboundedChannelOptions { SingleReader = true });
        IReadOnlyList<LogLine> backlog;
        lock (_gate)
        {
            backlog = [.. _lines];
            _subscribers.Add(channel);
        }

        try
        {
            foreach (var line in backlog)
            {
                yield return line;
            }

            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return line;
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
