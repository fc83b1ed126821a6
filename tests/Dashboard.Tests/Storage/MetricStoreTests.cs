using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class MetricStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_series_keeps_only_its_latest_points_and_new_series_beyond_the_limit_are_dropped()
    {
        var store = new MetricStore(new TelemetryLimits(1, 1, 1, MaxMetricSeries: 2, MaxPointsPerSeries: 3, 1));
        store.Add(Enumerable.Range(0, 5).Select(i => Gauge("a", i)).ToList());
        store.Add([Gauge("b", 1), Gauge("c", 1)]);

        var a = Assert.Single(store.Series(name: "a"));
        Assert.Equal([2.0, 3.0, 4.0], a.Points.Select(point => point.Value));
        Assert.Equal(2, store.Series().Count);
        Assert.Equal(1, store.DroppedSeries);
    }

    [Fact]
    public void Series_with_different_attributes_are_kept_apart()
    {
        var store = new MetricStore(new TelemetryLimits(1, 1, 1, 10, 10, 1));
        store.Add([Gauge("m", 1, ("direction", "in")), Gauge("m", 2, ("direction", "out"))]);

        Assert.Equal(2, store.Series(name: "m").Count);
    }

    [Fact]
    public void Request_rate_and_percentiles_come_from_the_change_of_a_cumulative_histogram_within_the_window()
    {
        var store = new MetricStore(new TelemetryLimits(1, 1, 1, 10, 10, 1));
        double[] bounds = [0.01, 0.1, 1];
        store.Add([Histogram(Now.AddSeconds(-30), 100, [100, 0, 0, 0], bounds)]);
        store.Add([Histogram(Now.AddSeconds(-10), 300, [100, 0, 200, 0], bounds)]);

        var summary = Assert.Single(TrafficSummaryCalculator.Compute(store, Now, TimeSpan.FromMinutes(1)));
        Assert.Equal(10, summary.RequestsPerSecond!.Value, 3);
        // The 200 new requests all fell in (0.1 s, 1 s]: the median interpolates to the middle of that bucket.
        Assert.Equal(550, summary.P50Milliseconds!.Value, 3);
        Assert.Null(summary.ActiveWebSockets);
    }

    private static MetricSample Gauge(string name, double value, params (string Key, string Value)[] attributes) =>
        new("svc", name, "1", string.Empty, MetricKind.Gauge, false, attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value)).ToList(),
            new MetricPoint(Now, value, 0, [], []));

    private static MetricSample Histogram(DateTimeOffset time, ulong count, ulong[] buckets, double[] bounds) =>
        new("gateway", TrafficSummaryCalculator.RequestDurationMetric, "s", string.Empty, MetricKind.Histogram, true, [],
            new MetricPoint(time, 0, count, buckets, bounds));
}
