namespace OdooAspire.Dashboard.Telemetry;

/// <summary>An event recorded on a span (e.g. a websocket message or close).</summary>
internal sealed record SpanEventData(DateTimeOffset Time, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);
