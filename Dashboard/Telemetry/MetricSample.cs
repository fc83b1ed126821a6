namespace OdooAspire.Dashboard.Telemetry;

/// <summary>A data point with the identity of the series it belongs to, as converted from OTLP.</summary>
internal sealed record MetricSample(
    string ServiceName,
    string Name,
    string Unit,
    string Description,
    MetricKind Kind,
    bool IsCumulative,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    MetricPoint Point);
