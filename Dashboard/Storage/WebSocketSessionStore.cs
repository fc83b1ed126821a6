using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>
/// Ended websocket sessions read from the gateway's session spans, kept apart from traces so they
/// outlive trace eviction; the newest <see cref="TelemetryLimits.MaxWebSocketSessions"/> are kept.
/// </summary>
internal sealed class WebSocketSessionStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly RingBuffer<WebSocketSession> _sessions = new(limits.MaxWebSocketSessions);

    public ChangeFeed Changes { get; } = new();

    public void AddFrom(IReadOnlyCollection<SpanData> spans)
    {
        var added = false;
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (WebSocketSessionReader.IsSession(span))
                {
                    _sessions.Add(WebSocketSessionReader.Read(span), out _);
                    added = true;
                }
            }
        }

        if (added)
        {
            Changes.Notify();
        }
    }

    /// <summary>Sessions newest first, optionally only those whose path or client contains <paramref name="text"/>.</summary>
    public Page<WebSocketSession> Query(string? text, int offset, int limit)
    {
        lock (_gate)
        {
            var matches = _sessions.NewestFirst()
                .Where(session => string.IsNullOrEmpty(text)
                    || (session.Path?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                    || (session.ClientAddress?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
                .ToList();
            return new Page<WebSocketSession>(matches.Skip(offset).Take(limit).ToList(), matches.Count, offset, limit);
        }
    }

    public WebSocketSession? Find(string traceId, string spanId)
    {
        lock (_gate)
        {
            return _sessions.NewestFirst().FirstOrDefault(session => session.TraceId == traceId && session.SpanId == spanId);
        }
    }
}
