namespace OdooAspire.Gateway.WebSockets;

/// <summary>Which way bytes flow through the gateway.</summary>
internal enum WebSocketDirection
{
    ClientToOdoo,
    OdooToClient,
}
