namespace OdooAspire.Dashboard.Telemetry;

/// <summary>One websocket session through the gateway, read from the gateway's session span.</summary>
internal sealed record WebSocketSession(
    string TraceId,
    string SpanId,
    string ServiceName,
    string? ClientAddress,
    string? Path,
    DateTimeOffset Start,
    TimeSpan Duration,
    long MessagesFromClient,
    long MessagesToClient,
    long BytesFromClient,
    long BytesToClient,
    string? CloseCode,
    string? CloseReason,
    string? CloseInitiator,
    string? EndReason,
    SpanStatus Status,
    IReadOnlyList<SpanEventData> Events);
