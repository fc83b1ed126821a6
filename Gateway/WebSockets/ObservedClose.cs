namespace OdooAspire.Gateway.WebSockets;

/// <summary>A close frame seen on the wire: who sent it, the code (null when the frame had none) and the reason text.</summary>
internal sealed record ObservedClose(WebSocketDirection Sender, int? Code, string Reason);
