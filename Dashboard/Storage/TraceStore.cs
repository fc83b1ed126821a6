using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>
/// Spans grouped by trace id, bounded by trace count (oldest trace evicted first) and spans per trace.
/// Summaries are cached per trace so listing thousands of spans stays cheap.
/// </summary>
internal sealed class TraceStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TraceEntry> _traces = new(StringComparer.Ordinal);
    private readonly Queue<string> _arrivalOrder = new();
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);

    public ChangeFeed Changes { get; } = new();

    public long DroppedSpans { get; private set; }

    public int TraceCount
    {
        get
        {
            lock (_gate)
            {
                return _traces.Count;
            }
        }
    }

    public void Add(IReadOnlyCollection<SpanData> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var span in spans)
            {
                AddLocked(span);
            }
        }

        Changes.Notify();
    }

    public Page<TraceSummary> Query(TraceQuery query, int offset, int limit)
    {
        List<TraceSummary> summaries;
        lock (_gate)
        {
            summaries = new List<TraceSummary>(_traces.Count);
            foreach (var (id, entry) in _traces)
            {
                entry.Summary ??= TraceSummary.From(id, entry.Spans);
                summaries.Add(entry.Summary);
            }
        }

        var matches = summaries.Where(query.Matches).OrderByDescending(trace => trace.Start).ToList();
        return new Page<TraceSummary>(matches.Skip(offset).Take(limit).ToList(), matches.Count, offset, limit);
    }

    /// <summary>The spans of one trace ordered by start time, or null when it is unknown or evicted.</summary>
    public IReadOnlyList<SpanData>? Get(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var entry)
                ? entry.Spans.OrderBy(span => span.StartTime).ToList()
                : null;
        }
    }

    public IReadOnlyList<string> Services()
    {
        lock (_gate)
        {
            return _services.Order(StringComparer.Ordinal).ToList();
        }
    }

    private void AddLocked(SpanData span)
    {
        _services.Add(span.ServiceName);
        if (!_traces.TryGetValue(span.TraceId, out var entry))
        {
            entry = new TraceEntry();
            _traces.Add(span.TraceId, entry);
            _arrivalOrder.Enqueue(span.TraceId);
            while (_traces.Count > limits.MaxTraces)
            {
                var oldest = _arrivalOrder.Dequeue();
                if (_traces.Remove(oldest, out var evicted))
                {
                    DroppedSpans += evicted.Spans.Count;
                }
            }
        }

        if (entry.Spans.Count >= limits.MaxSpansPerTrace)
        {
            DroppedSpans++;
            return;
        }

        entry.Spans.Add(span);
        entry.Summary = null;
    }

    private sealed class TraceEntry
    {
        public List<SpanData> Spans { get; } = [];

        public TraceSummary? Summary { get; set; }
    }
}
