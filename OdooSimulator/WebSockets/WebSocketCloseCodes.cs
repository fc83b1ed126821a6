namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>The close codes Odoo's bus uses.</summary>
internal static class WebSocketCloseCodes
{
    public const ushort Clean = 1000;
    public const ushort GoingAway = 1001;
    public const ushort ProtocolError = 1002;
    public const ushort MessageTooBig = 1009;
    public const ushort SessionExpired = 4001;
    public const ushort KeepAliveTimeout = 4002;
}
