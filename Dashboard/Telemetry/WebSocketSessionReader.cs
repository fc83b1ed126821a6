using System.Globalization;

namespace OdooAspire.Dashboard.Telemetry;

/// <summary>Recognises the gateway's websocket session spans and reads their tags.</summary>
internal static class WebSocketSessionReader
{
    public static bool IsSession(SpanData span) =>
        span.ScopeName == GatewayWebSocketTags.ActivitySourceName && span.Name == GatewayWebSocketTags.SessionSpanName;

    public static WebSocketSession Read(SpanData span)
    {
        var client = span.Attribute(GatewayWebSocketTags.ClientAddress);
        var port = span.Attribute(GatewayWebSocketTags.ClientPort);
        return new WebSocketSession(
            span.TraceId,
            span.SpanId,
            span.ServiceName,
            client is not null && port is not null ? $"{client}:{port}" : client,
            span.Attribute(GatewayWebSocketTags.Path),
            span.StartTime,
            span.Duration,
            Count(span, GatewayWebSocketTags.MessagesClientToOdoo),
            Count(span, GatewayWebSocketTags.MessagesOdooToClient),
            Count(span, GatewayWebSocketTags.BytesClientToOdoo),
            Count(span, GatewayWebSocketTags.BytesOdooToClient),
            span.Attribute(GatewayWebSocketTags.CloseCode),
            span.Attribute(GatewayWebSocketTags.CloseReason),
            span.Attribute(GatewayWebSocketTags.CloseInitiator),
            span.Attribute(GatewayWebSocketTags.EndReason),
            span.Status,
            span.Events);
    }

    private static long Count(SpanData span, string key) =>
        long.TryParse(span.Attribute(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
