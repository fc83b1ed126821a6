namespace OdooAspire.Gateway.WebSockets;

/// <summary>One upgraded connection through the gateway: where it comes from, both legs, when it started, and how framing went.</summary>
internal sealed class WebSocketSession(WebSocketSessionOrigin origin, WebSocketTelemetry telemetry, TimeProvider timeProvider, bool extensionsNegotiated)
{
    public WebSocketSessionOrigin Origin { get; } = origin;

    public WebSocketLeg ClientToOdoo { get; } = new(WebSocketDirection.ClientToOdoo, extensionsNegotiated, telemetry);

    public WebSocketLeg OdooToClient { get; } = new(WebSocketDirection.OdooToClient, extensionsNegotiated, telemetry);

    public long StartTimestamp { get; } = timeProvider.GetTimestamp();

    public DateTimeOffset StartTime { get; } = timeProvider.GetUtcNow();

    /// <summary>The first framing violation, and which side committed it.</summary>
    public (WebSocketDirection Sender, FrameViolation Violation)? ProtocolViolation { get; private set; }

    public void RecordViolation(WebSocketDirection sender, FrameViolation violation) =>
        ProtocolViolation ??= (sender, violation);

    public TimeSpan Elapsed => timeProvider.GetElapsedTime(StartTimestamp);

    /// <summary>The first close frame either side sent: its sender initiated the closing handshake.</summary>
    public ObservedClose? FirstClose => Volatile.Read(ref _firstClose);

    private ObservedClose? _firstClose;

    public void NoteClose(WebSocketLeg leg)
    {
        if (leg.Parser.Close is { } close && Volatile.Read(ref _firstClose) is null)
        {
            Interlocked.CompareExchange(ref _firstClose, close, null);
        }
    }
}
