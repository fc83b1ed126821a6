namespace OdooAspire.Gateway.WebSockets;

/// <summary>Ends a session whose frames broke RFC 6455; YARP then closes both legs.</summary>
internal sealed class WebSocketFrameViolationException : IOException
{
    public WebSocketFrameViolationException()
    {
    }

    public WebSocketFrameViolationException(string message)
        : base(message)
    {
    }

    public WebSocketFrameViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
