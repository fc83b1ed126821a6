using System.Net.Sockets;
using System.Net.WebSockets;

namespace OdooAspire.AppHost.Doctor.Probes;

/// <summary>
/// A websocket the doctor holds without sending anything. One receive loop watches it for the whole session (it
/// answers Odoo's pings), because cancelling a receive would abort the socket.
/// </summary>
internal sealed class OpenWebSocket : IAsyncDisposable
{
    private readonly TcpClient _connection;
    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly long _openedAt;
    private readonly TaskCompletionSource<SocketEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    public OpenWebSocket(TcpClient connection, WebSocket socket, TimeProvider time)
    {
        _connection = connection;
        _socket = socket;
        _time = time;
        _openedAt = time.GetTimestamp();
        _receiving = ReceiveUntilEndAsync();
    }

    /// <summary>Completes when the peer closes or the connection breaks.</summary>
    public Task<SocketEnd> Ended => _ended.Task;

    /// <summary>The end of the socket if it comes within <paramref name="wait"/>, else null (the socket is still open).</summary>
    public async Task<SocketEnd?> WaitForEndAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _time, waiting.Token);
        var first = await Task.WhenAny(_ended.Task, delay);
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == _ended.Task ? await _ended.Task : null;
    }

    public TimeSpan OpenFor => _time.GetElapsedTime(_openedAt);

    private async Task ReceiveUntilEndAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _ended.TrySetResult(new SocketEnd(OpenFor, (int?)result.CloseStatus, result.CloseStatusDescription, null));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _ended.TrySetCanceled();
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            _ended.TrySetResult(new SocketEnd(OpenFor, null, null, ex.InnerException?.Message ?? ex.Message));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _connection.Dispose();
        _stop.Dispose();
    }
}
