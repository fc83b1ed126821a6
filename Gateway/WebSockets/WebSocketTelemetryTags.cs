namespace OdooAspire.Gateway.WebSockets;

/// <summary>Tag names on the websocket session span and metrics (stable: the dashboard and scripts read them).</summary>
internal static class WebSocketTelemetryTags
{
    public const string ClientAddress = "client.address";
    public const string ClientPort = "client.port";
    public const string Path = "url.path";
    public const string Query = "url.query";
    public const string Upstream = "odooaspire.websocket.upstream";
    public const string Direction = "odooaspire.websocket.direction";
    public const string MessagesClientToOdoo = "odooaspire.websocket.messages.client_to_odoo";
    public const string MessagesOdooToClient = "odooaspire.websocket.messages.odoo_to_client";
    public const string BytesClientToOdoo = "odooaspire.websocket.bytes.client_to_odoo";
    public const string BytesOdooToClient = "odooaspire.websocket.bytes.odoo_to_client";
    public const string CloseCode = "odooaspire.websocket.close.code";
    public const string CloseReason = "odooaspire.websocket.close.reason";
    public const string ClosedBy = "odooaspire.websocket.close.by";
    public const string EndReason = "odooaspire.websocket.end_reason";
    public const string DurationSeconds = "odooaspire.websocket.duration_s";
}
