using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Sessions;

/// <summary>
/// The sessions the page shows: every open session until it ends, then the last
/// <see cref="GatewaySessionsOptions.Capacity"/> ended ones in a ring, so memory stays bounded however long the
/// gateway runs. Without <c>Gateway:Sessions:Port</c> it keeps nothing.
/// </summary>
internal sealed class WebSocketSessionBoard
{
    private readonly ConcurrentDictionary<WebSocketSession, long> _open = new();
    private readonly WebSocketSessionSummary[] _ended;
    private readonly Lock _endedLock = new();
    private readonly TimeProvider _timeProvider;
    private long _lastId;
    private int _next;
    private int _count;
    private long _endedTotal;

    public WebSocketSessionBoard(IOptions<GatewayOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sessions = options.Value.Sessions;
        IsEnabled = sessions.IsEnabled;
        _ended = IsEnabled ? new WebSocketSessionSummary[sessions.Capacity] : [];
        _timeProvider = timeProvider;
    }

    public bool IsEnabled { get; }

    public void Opened(WebSocketSession session)
    {
        if (IsEnabled)
        {
            _open[session] = Interlocked.Increment(ref _lastId);
        }
    }

    public void Ended(WebSocketSession session, WebSocketSessionOutcome outcome)
    {
        if (!IsEnabled || !_open.TryRemove(session, out var id))
        {
            return;
        }

        var summary = WebSocketSessionSummary.Ended(id, session, outcome);
        lock (_endedLock)
        {
            _ended[_next] = summary;
            _next = (_next + 1) % _ended.Length;
            _count = Math.Min(_count + 1, _ended.Length);
            _endedTotal++;
        }
    }

    public WebSocketSessionsSnapshot Snapshot()
    {
        var open = _open.Select(entry => WebSocketSessionSummary.Open(entry.Value, entry.Key))
            .OrderByDescending(summary => summary.Id)
            .ToArray();
        WebSocketSessionSummary[] ended;
        long endedTotal;
        lock (_endedLock)
        {
            ended = new WebSocketSessionSummary[_count];
            for (var i = 0; i < _count; i++)
            {
                ended[i] = _ended[(_next - 1 - i + _ended.Length) % _ended.Length];
            }

            endedTotal = _endedTotal;
        }

        return new WebSocketSessionsSnapshot(_timeProvider.GetUtcNow(), _ended.Length, endedTotal, open, ended);
    }
}
