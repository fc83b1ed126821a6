using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>
/// Metric series bounded twice: at most <see cref="TelemetryLimits.MaxMetricSeries"/> series (new ones
/// beyond are dropped and counted) and the latest <see cref="TelemetryLimits.MaxPointsPerSeries"/> points each.
/// </summary>
internal sealed class MetricStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SeriesEntry> _series = new(StringComparer.Ordinal);

    public ChangeFeed Changes { get; } = new();

    public long DroppedSeries { get; private set; }

    public void Add(IReadOnlyCollection<MetricSample> samples)
    {
        if (samples.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var sample in samples)
            {
                AddLocked(sample);
            }
        }

        Changes.Notify();
    }

    public IReadOnlyList<MetricSeries> Series(string? service = null, string? name = null)
    {
        lock (_gate)
        {
            return _series.Values
                .Where(entry => (service is null || entry.Sample.ServiceName == service) && (name is null || entry.Sample.Name == name))
                .Select(entry => entry.Snapshot())
                .OrderBy(series => series.ServiceName, StringComparer.Ordinal)
                .ThenBy(series => series.Name, StringComparer.Ordinal)
                .ThenBy(series => series.AttributeText, StringComparer.Ordinal)
                .ToList();
        }
    }

    public IReadOnlyList<string> Services()
    {
        lock (_gate)
        {
            return _series.Values.Select(entry => entry.Sample.ServiceName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
    }

    private void AddLocked(MetricSample sample)
    {
        var key = string.Join('\u001f', [sample.ServiceName, sample.Name, .. sample.Attributes.Select(pair => pair.Key + "=" + pair.Value)]);
        if (!_series.TryGetValue(key, out var entry))
        {
            if (_series.Count >= limits.MaxMetricSeries)
            {
                DroppedSeries++;
                return;
            }

            entry = new SeriesEntry(sample, limits.MaxPointsPerSeries);
            _series.Add(key, entry);
        }

        entry.Points.Add(sample.Point, out _);
    }

    private sealed class SeriesEntry(MetricSample sample, int capacity)
    {
        public MetricSample Sample { get; } = sample;

        public RingBuffer<MetricPoint> Points { get; } = new(capacity);

        public MetricSeries Snapshot() => new(
            Sample.ServiceName, Sample.Name, Sample.Unit, Sample.Description, Sample.Kind, Sample.IsCumulative,
            Sample.Attributes, Points.NewestFirst().Reverse().ToList());
    }
}
