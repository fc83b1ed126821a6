using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>Structured log records in a ring buffer: the newest <see cref="TelemetryLimits.MaxLogEntries"/> are kept.</summary>
internal sealed class LogStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly RingBuffer<LogEntry> _entries = new(limits.MaxLogEntries);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);

    public ChangeFeed Changes { get; } = new();

    public long Dropped { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public void Add(IReadOnlyCollection<LogEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _services.Add(entry.ServiceName);
                if (_entries.Add(entry, out _))
                {
                    Dropped++;
                }
            }
        }

        Changes.Notify();
    }

    /// <summary>Matching records, newest first.</summary>
    public Page<LogEntry> Query(LogQuery query, int offset, int limit)
    {
        lock (_gate)
        {
            var matches = _entries.NewestFirst().Where(query.Matches).ToList();
            return new Page<LogEntry>(matches.Skip(offset).Take(limit).ToList(), matches.Count, offset, limit);
        }
    }

    public IReadOnlyList<string> Services()
    {
        lock (_gate)
        {
            return _services.Order(StringComparer.Ordinal).ToList();
        }
    }
}
