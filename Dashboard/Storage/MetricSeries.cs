using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>One time series (a metric of a service with one attribute set) and its latest points, oldest first.</summary>
internal sealed record MetricSeries(
    string ServiceName,
    string Name,
    string Unit,
    string Description,
    MetricKind Kind,
    bool IsCumulative,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<MetricPoint> Points)
{
    public MetricPoint? Latest => Points.Count == 0 ? null : Points[^1];

    public string AttributeText => string.Join(", ", Attributes.Select(pair => $"{pair.Key}={pair.Value}"));
}
