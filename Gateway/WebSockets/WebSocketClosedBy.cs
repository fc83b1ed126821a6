namespace OdooAspire.Gateway.WebSockets;

/// <summary>Which side ended a session: the values of the <c>close.by</c> span tag and of the sessions page.</summary>
internal static class WebSocketClosedBy
{
    /// <summary>The client sent the first close frame, or dropped the connection.</summary>
    public const string Client = "client";

    /// <summary>Odoo sent the first close frame, or dropped the connection.</summary>
    public const string Odoo = "odoo";

    /// <summary>The gateway dropped the session after <c>Gateway:WebSocketIdleTimeout</c> without a byte either way.</summary>
    public const string IdleTimeout = "idle_timeout";

    /// <summary>The gateway closed the session because one side broke the websocket framing rules.</summary>
    public const string Gateway = "gateway";

    /// <summary>The connection ended without a close frame and without telling whose side went first.</summary>
    public const string Unknown = "unknown";
}
