namespace OdooAspire.Dashboard.Telemetry;

/// <summary>One received span, converted from OTLP into what the pages need.</summary>
internal sealed record SpanData(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    SpanKindName Kind,
    string ServiceName,
    string ScopeName,
    DateTimeOffset StartTime,
    TimeSpan Duration,
    SpanStatus Status,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEventData> Events)
{
    public DateTimeOffset EndTime => StartTime + Duration;

    public string? Attribute(string key)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
