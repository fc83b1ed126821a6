namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>A complete message (fragments joined) or a control frame read from a client.</summary>
internal sealed record WebSocketFrame(WebSocketOpcode Opcode, byte[] Payload);
