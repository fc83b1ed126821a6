namespace OdooAspire.Dashboard.Telemetry;

/// <summary>
/// The names the gateway records websocket sessions with (Gateway/WebSockets/WebSocketTelemetry and
/// WebSocketTelemetryTags are the source of truth; keep these equal).
/// </summary>
internal static class GatewayWebSocketTags
{
    public const string ActivitySourceName = "OdooAspire.Gateway.WebSockets";
    public const string SessionSpanName = "websocket.session";
    public const string ActiveSessionsMetric = "odooaspire.gateway.websocket.active_sessions";

    public const string ClientAddress = "client.address";
    public const string ClientPort = "client.port";
    public const string Path = "url.path";
    public const string MessagesClientToOdoo = "odooaspire.websocket.messages.client_to_odoo";
    public const string MessagesOdooToClient = "odooaspire.websocket.messages.odoo_to_client";
    public const string BytesClientToOdoo = "odooaspire.websocket.bytes.client_to_odoo";
    public const string BytesOdooToClient = "odooaspire.websocket.bytes.odoo_to_client";
    public const string CloseCode = "odooaspire.websocket.close.code";
    public const string CloseReason = "odooaspire.websocket.close.reason";
    public const string CloseInitiator = "odooaspire.websocket.close.initiator";
    public const string EndReason = "odooaspire.websocket.end_reason";
}
