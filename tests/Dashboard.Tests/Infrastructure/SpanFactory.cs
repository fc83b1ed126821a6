using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>Hand-made spans for store and page tests.</summary>
internal static class SpanFactory
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    public static SpanData Span(
        string traceId,
        string spanId,
        string? parent = null,
        string service = "gateway",
        string name = "GET /web",
        double startMs = 0,
        double durationMs = 10,
        SpanStatus status = SpanStatus.Unset,
        SpanKindName kind = SpanKindName.Server,
        string scope = "Tests",
        params (string Key, string Value)[] attributes) =>
        new(traceId, spanId, parent, name, kind, service, scope, Epoch.AddMilliseconds(startMs), TimeSpan.FromMilliseconds(durationMs),
            status, null, attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value)).ToList(), []);

    public static LogEntry Log(string message, LogSeverity severity = LogSeverity.Information, string service = "gateway", string? traceId = null) =>
        new(Epoch, service, severity, "Tests", message, [], traceId, null, null);
}
