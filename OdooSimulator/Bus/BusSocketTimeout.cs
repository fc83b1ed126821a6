namespace OdooAspire.OdooSimulator.Bus;

/// <summary>Why the keep-alive logic ends a socket.</summary>
internal enum BusSocketTimeout
{
    /// <summary>A ping went unanswered: the connection is dropped.</summary>
    NoPong,

    /// <summary>The socket lived longer than the keep-alive timeout: closed with 4002.</summary>
    KeepAlive,
}
