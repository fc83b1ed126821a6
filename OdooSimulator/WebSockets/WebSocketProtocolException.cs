namespace OdooAspire.OdooSimulator.WebSockets;

/// <summary>The peer broke RFC 6455 or a limit; <see cref="CloseCode"/> is what the server answers with.</summary>
internal sealed class WebSocketProtocolException : Exception
{
    public WebSocketProtocolException(ushort closeCode, string message)
        : base(message) => CloseCode = closeCode;

    public WebSocketProtocolException()
    {
    }

    public WebSocketProtocolException(string message)
        : base(message)
    {
    }

    public WebSocketProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ushort CloseCode { get; } = WebSocketCloseCodes.ProtocolError;
}
