using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>
/// Computes <see cref="TrafficSummary"/> from the standard <c>http.server.request.duration</c> histogram
/// (cumulative, as the .NET SDK exports it) and the gateway's active-session counter, over a recent window.
/// </summary>
internal static class TrafficSummaryCalculator
{
    public const string RequestDurationMetric = "http.server.request.duration";

    public static IReadOnlyList<TrafficSummary> Compute(MetricStore store, DateTimeOffset now, TimeSpan window)
    {
        var since = now - window;
        return store.Services()
            .Select(service => Summarise(service, store.Series(service), since))
            .Where(summary => summary is not null)
            .Select(summary => summary!)
            .ToList();
    }

    private static TrafficSummary? Summarise(string service, IReadOnlyList<MetricSeries> series, DateTimeOffset since)
    {
        var durations = series.Where(s => s.Name == RequestDurationMetric && s.Kind == MetricKind.Histogram).ToList();
        var active = series.Where(s => s.Name == GatewayWebSocketTags.ActiveSessionsMetric).ToList();
        if (durations.Count == 0 && active.Count == 0)
        {
            return null;
        }

        double? rate = null;
        ulong[]? buckets = null;
        IReadOnlyList<double> bounds = [];
        var scale = 1000.0;
        foreach (var s in durations)
        {
            var recent = s.Points.Where(point => point.Time >= since).ToList();
            if (recent.Count == 0)
            {
                continue;
            }

            var last = recent[^1];
            var first = s.IsCumulative && recent.Count > 1 && recent[0].Count <= last.Count ? recent[0] : null;
            if (first is not null && last.Time > first.Time)
            {
                rate = (rate ?? 0) + ((last.Count - first.Count) / (last.Time - first.Time).TotalSeconds);
            }

            scale = s.Unit == "ms" ? 1.0 : 1000.0;
            if (buckets is null)
            {
                bounds = last.ExplicitBounds;
                buckets = new ulong[last.BucketCounts.Count];
            }

            if (last.BucketCounts.Count != buckets.Length)
            {
                continue;
            }

            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] += last.BucketCounts[i] - (first?.BucketCounts.ElementAtOrDefault(i) ?? 0);
            }
        }

        double? Percentile(double q) => buckets is null ? null : HistogramPercentile.Estimate(buckets, bounds, q) * scale;
        long? activeSessions = active.Count == 0 ? null : active.Sum(s => (long)(s.Latest?.Value ?? 0));
        return new TrafficSummary(service, rate, Percentile(0.5), Percentile(0.9), Percentile(0.99), activeSessions);
    }
}
