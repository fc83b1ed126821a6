namespace OdooAspire.AppHost.Gateway;

/// <summary>Where the gateway routes <c>/websocket</c>.</summary>
public enum WebsocketRoute
{
    /// <summary>The gevent port in multi-process mode, the HTTP port for threaded Odoo: the correct setup.</summary>
    Auto,

    /// <summary>Always the HTTP port: the misconfigured proxy that breaks LiveChat in multi-process mode.</summary>
    HttpPort,
}
