namespace OdooAspire.Dashboard.Telemetry;

/// <summary>
/// One data point. Numbers carry <see cref="Value"/>; histograms carry the count, sum and buckets.
/// </summary>
internal sealed record MetricPoint(
    DateTimeOffset Time,
    double Value,
    ulong Count,
    IReadOnlyList<ulong> BucketCounts,
    IReadOnlyList<double> ExplicitBounds);
