using OdooAspire.OdooSimulator.Configuration;
using OdooAspire.OdooSimulator.WebSockets;

namespace OdooAspire.OdooSimulator.Bus;

/// <summary>
/// Odoo's keep-alive: a ping once nothing went either way for the ping interval (45 s, 40 s in 19); a ping
/// unanswered after <see cref="BusTimings.PongTimeout"/> ends the socket, and so does its age passing the
/// keep-alive timeout (plus up to half of it, at random, so sockets do not all reconnect at once).
/// </summary>
internal sealed class BusSocketPinger
{
    private readonly WebSocketFrameWriter _writer;
    private readonly BusTimings _timings;
    private readonly TimeSpan _pingInterval;
    private readonly TimeProvider _timeProvider;
    private readonly long _openedAt;
    private readonly TimeSpan _keepAlive;
    private long _lastActivity;

    public BusSocketPinger(WebSocketFrameWriter writer, BusTimings timings, TimeSpan pingInterval, TimeProvider timeProvider)
    {
        _writer = writer;
        _timings = timings;
        _pingInterval = pingInterval;
        _timeProvider = timeProvider;
        _openedAt = timeProvider.GetTimestamp();
        _lastActivity = _openedAt;
        _keepAlive = timings.KeepAliveTimeout + (timings.KeepAliveTimeout / 2 * Random.Shared.NextDouble());
    }

    /// <summary>A frame arrived from the client or notifications went out.</summary>
    public void MarkActivity() => Interlocked.Exchange(ref _lastActivity, _timeProvider.GetTimestamp());

    /// <summary>Runs until cancelled, or returns why the socket must end.</summary>
    public async Task<BusSocketTimeout> RunAsync(CancellationToken cancellationToken)
    {
        long? pingSentAt = null;
        while (true)
        {
            var untilKeepAlive = _keepAlive - _timeProvider.GetElapsedTime(_openedAt);
            if (untilKeepAlive <= TimeSpan.Zero)
            {
                return BusSocketTimeout.KeepAlive;
            }

            var lastActivity = Interlocked.Read(ref _lastActivity);
            TimeSpan wait;
            if (pingSentAt is { } sent && lastActivity <= sent)
            {
                var sincePing = _timeProvider.GetElapsedTime(sent);
                if (sincePing >= _timings.PongTimeout)
                {
                    return BusSocketTimeout.NoPong;
                }

                wait = _timings.PongTimeout - sincePing;
            }
            else
            {
                pingSentAt = null;
                var idle = _timeProvider.GetElapsedTime(lastActivity);
                if (idle >= _pingInterval)
                {
                    pingSentAt = _timeProvider.GetTimestamp();
                    await _writer.WriteAsync(WebSocketOpcode.Ping, ReadOnlyMemory<byte>.Empty, cancellationToken);
                    continue;
                }

                wait = _pingInterval - idle;
            }

            await Task.Delay(wait < untilKeepAlive ? wait : untilKeepAlive, _timeProvider, cancellationToken);
        }
    }
}
