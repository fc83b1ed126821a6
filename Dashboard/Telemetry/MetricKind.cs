namespace OdooAspire.Dashboard.Telemetry;

/// <summary>The OTLP metric data kinds the dashboard reads.</summary>
internal enum MetricKind
{
    Gauge,
    Sum,
    Histogram,
}
