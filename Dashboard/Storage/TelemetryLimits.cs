namespace OdooAspire.Dashboard.Storage;

/// <summary>How much telemetry the dashboard keeps in memory; the oldest is dropped first.</summary>
internal sealed record TelemetryLimits(
    int MaxTraces,
    int MaxSpansPerTrace,
    int MaxLogEntries,
    int MaxMetricSeries,
    int MaxPointsPerSeries,
    int MaxWebSocketSessions);
