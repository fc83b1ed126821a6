namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// One direction of a session: its frame parser and counters. Only the copy loop of that direction
/// writes to it. The sessions page reads the counters of open sessions from other threads: a 64-bit read
/// does not tear, and a count a frame behind is fine for a page that refreshes itself.
/// </summary>
internal sealed class WebSocketLeg(WebSocketDirection direction, bool reservedBit1Allowed, WebSocketTelemetry telemetry)
{
    private readonly KeyValuePair<string, object?> _directionTag = WebSocketTelemetry.DirectionTag(direction);

    public WebSocketFrameParser Parser { get; } = new(direction, reservedBit1Allowed);

    public long Messages { get; private set; }

    public long Bytes { get; private set; }

    public FrameParseResult Observe(ReadOnlySpan<byte> data)
    {
        var result = Parser.Parse(data);
        Bytes += data.Length;
        Messages += result.Messages;
        telemetry.Bytes.Add(data.Length, _directionTag);
        if (result.Messages > 0)
        {
            telemetry.Messages.Add(result.Messages, _directionTag);
        }

        return result;
    }
}
