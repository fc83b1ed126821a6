using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>The sockets of this (gevent-side) process and the fan-out of each <c>imbus</c> notification to them.</summary>
internal sealed partial class BusDispatcher(ILogger<BusDispatcher> logger)
{
    private readonly ConcurrentDictionary<IBusSubscriber, byte> _subscribers = new();

    public int Count => _subscribers.Count;

    public void Register(IBusSubscriber subscriber) => _subscribers.TryAdd(subscriber, 0);

    public void Unregister(IBusSubscriber subscriber) => _subscribers.TryRemove(subscriber, out _);

    /// <summary>Wakes the subscribers of the given channels; <c>null</c> wakes everyone (after a reconnect).</summary>
    public Task DispatchAsync(IReadOnlyCollection<string>? channels, CancellationToken cancellationToken)
    {
        var targets = _subscribers.Keys.Where(s => channels is null || s.IsSubscribedToAny(channels)).ToList();
        return Task.WhenAll(targets.Select(s => PumpSafelyAsync(s, cancellationToken)));
    }

    private async Task PumpSafelyAsync(IBusSubscriber subscriber, CancellationToken cancellationToken)
    {
        try
        {
            await subscriber.PumpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPumpFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OdooSimulator bus: delivering to a websocket failed")]
    private partial void LogPumpFailed(Exception exception);
}
