namespace OdooAspire.Dashboard.Storage;

/// <summary>Every store the receiver writes to and the pages read from.</summary>
internal sealed class TelemetryStores(TelemetryLimits limits)
{
    public TraceStore Traces { get; } = new(limits);

    public LogStore Logs { get; } = new(limits);

    public MetricStore Metrics { get; } = new(limits);

    public WebSocketSessionStore WebSocketSessions { get; } = new(limits);
}
