namespace OdooAspire.Dashboard.Telemetry;

/// <summary>One structured log record received over OTLP.</summary>
internal sealed record LogEntry(
    DateTimeOffset Timestamp,
    string ServiceName,
    LogSeverity Severity,
    string Category,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    string? TraceId,
    string? SpanId,
    string? EventName);
