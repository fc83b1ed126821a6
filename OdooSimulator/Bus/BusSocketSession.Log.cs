using Microsoft.Extensions.Logging;

namespace OdooAspire.OdooSimulator.Bus;

internal sealed partial class BusSocketSession
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: websocket does not read its notifications, dropped")]
    private partial void LogSendTimeout();

    [LoggerMessage(Level = LogLevel.Information, Message = "OdooSimulator bus: websocket did not answer a ping, dropped")]
    private partial void LogNoPong();

    [LoggerMessage(Level = LogLevel.Information, Message = "OdooSimulator bus: websocket open longer than the keep-alive timeout, closed with 4002")]
    private partial void LogKeepAliveTimeout();

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: closing websocket with {Code}: {Reason}")]
    private partial void LogProtocolError(ushort code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: invalid websocket event: {Reason}")]
    private partial void LogBadEvent(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "OdooSimulator bus: ignoring websocket event {EventName}")]
    private partial void LogUnknownEvent(string eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: could not mark the socket's persona offline")]
    private partial void LogOfflineFailed(Exception exception);
}
