using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OdooAspire.Odoo.Client.Dialects;

namespace OdooAspire.Odoo.Client;

/// <summary>
/// A client of Odoo's bus websocket (<c>/websocket?version=...</c>): sends <c>subscribe</c> and
/// <c>update_presence</c>, keeps every notification received, and waits for one with a deadline. The server's pings
/// (after 45 s of silence, 40 s in 19.0) are answered by <see cref="ClientWebSocket"/> while the receive loop runs; a
/// close without handshake (19.0's 4003) ends the loop like any other.
/// </summary>
public sealed class BusSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<BusNotification> _received = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Task _receiveLoop;
    private TaskCompletionSource _arrival = NewSignal();
    private long _messagesSent;
    private long _messagesReceived;

    private BusSocket(ClientWebSocket socket, OdooVersion version)
    {
        _socket = socket;
        Version = version;
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>The server version this socket speaks (its <c>version</c> query and <c>update_presence</c>'s data).</summary>
    public OdooVersion Version { get; }

    /// <summary>The close status the server sent, once it closed the socket.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>The close reason the server sent (e.g. <c>OUTDATED_VERSION</c>).</summary>
    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>The highest bus id received so far: what a reconnecting client passes as <c>last</c>.</summary>
    public long LastId
    {
        get
        {
            lock (_gate)
            {
                return _received.Count == 0 ? 0 : _received.Max(n => n.Id);
            }
        }
    }

    /// <summary>How many notifications have arrived; pass it to <see cref="WaitForAsync"/> to look only at later ones.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    /// <summary>Websocket data messages this client sent (each client event is one).</summary>
    public long MessagesSent => Interlocked.Read(ref _messagesSent);

    /// <summary>Websocket data messages received (one may carry several notifications).</summary>
    public long MessagesReceived => Interlocked.Read(ref _messagesReceived);

    /// <summary>A copy of every notification received so far, in arrival order.</summary>
    public IReadOnlyList<BusNotification> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>
    /// Opens the bus websocket at <paramref name="baseUrl"/> with the session's cookies and an Origin header
    /// (Odoo answers 400 without one), asking for <paramref name="version"/>'s bus version. Throws
    /// <see cref="BusHandshakeException"/> with the HTTP status when refused.
    /// </summary>
    public static async Task<BusSocket> ConnectAsync(
        Uri baseUrl, CookieContainer cookies, OdooVersion version, CancellationToken cancellationToken, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(version);
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.Options.SetRequestHeader("Origin", origin ?? baseUrl.GetLeftPart(UriPartial.Authority));
        socket.Options.SetRequestHeader("User-Agent", "OdooAspire-BusClient/1.0");
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, errors) => LoopbackCertificates.Accept(baseUrl, errors);
        var uri = WebSocketUri(baseUrl, version.BusVersion);
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch (WebSocketException ex)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            throw new BusHandshakeException(uri, status, ex);
        }

        return new BusSocket(socket, version);
    }

    /// <summary>The websocket address for a server URL: ws(s)://host/websocket?version=...</summary>
    public static Uri WebSocketUri(Uri baseUrl, string version)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var builder = new UriBuilder(baseUrl)
        {
            Scheme = baseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Path = "/websocket",
            Query = "version=" + Uri.EscapeDataString(version),
        };
        return builder.Uri;
    }

    /// <summary>Subscribes; Odoo adds the channels the session is entitled to and replays ids above <paramref name="last"/>.</summary>
    public Task SubscribeAsync(long last, CancellationToken cancellationToken) =>
        SendAsync(new { event_name = "subscribe", data = new { channels = Array.Empty<string>(), last } }, cancellationToken);

    /// <summary>
    /// Marks the session's user or guest online (an operator is available only while present), with the data the
    /// server's series takes (19.0 refuses 17.0 and 18.0's <c>im_status_ids_by_model</c>).
    /// </summary>
    public Task UpdatePresenceAsync(CancellationToken cancellationToken) =>
        SendAsync(new { event_name = "update_presence", data = LiveChatDialect.For(Version).PresenceData }, cancellationToken);

    /// <summary>Sends one client event as a TEXT frame.</summary>
    public Task SendAsync(object clientEvent, CancellationToken cancellationToken) =>
        SendTextAsync(JsonSerializer.Serialize(clientEvent), cancellationToken);

    /// <summary>Sends raw text, for tests of malformed frames.</summary>
    public async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        // A websocket allows one send at a time; scenarios may send from several tasks.
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
            Interlocked.Increment(ref _messagesSent);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>
    /// Waits until a notification received at index <paramref name="from"/> or later matches; on timeout
    /// fails with what did arrive.
    /// </summary>
    public async Task<BusNotification> WaitForAsync(
        Func<BusNotification, bool> predicate, TimeSpan timeout, string what, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var deadline = new CancellationTokenSource(timeout);
        var index = from;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                for (; index < _received.Count; index++)
                {
                    if (predicate(_received[index]))
                    {
                        return _received[index];
                    }
                }

                signal = _arrival.Task;
            }

            if (_socket.State != WebSocketState.Open && _receiveLoop.IsCompleted)
            {
                throw new TimeoutException($"{what}: the socket closed ({CloseStatus} {CloseDescription}); received: {Describe(from)}");
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{what}: nothing matched within {timeout.TotalSeconds:0.#} s; received: {Describe(from)}");
            }
        }
    }

    /// <summary>Waits until the server closes the socket.</summary>
    public async Task WaitForCloseAsync(TimeSpan timeout)
    {
        try
        {
            await _receiveLoop.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the server did not close the socket within {timeout.TotalSeconds:0.#} s; state {_socket.State}");
        }
    }

    /// <summary>Closes the socket the way a browser tab does when it goes away.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
            }
            catch (WebSocketException)
            {
                // Already gone: nothing left to close.
            }
        }

        await _stop.CancelAsync();
        await _receiveLoop;
    }

    /// <summary>
    /// Sends a close frame and reads until the server's close frame, so every message the server sent before
    /// closing is received (and counted).
    /// </summary>
    public async Task CloseAndDrainAsync(TimeSpan timeout)
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var deadline = new CancellationTokenSource(timeout);
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", deadline.Token);
        }

        await WaitForCloseAsync(timeout);
    }

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public async Task AbortAsync()
    {
        _socket.Abort();
        await _stop.CancelAsync();
        await _receiveLoop;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_receiveLoop.IsCompleted)
        {
            await AbortAsync();
        }

        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string Describe(int from)
    {
        lock (_gate)
        {
            var seen = _received.Skip(from).Select(n => n.ToString()).ToList();
            return seen.Count == 0 ? "nothing" : string.Join(", ", seen);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                buffer.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Interlocked.Increment(ref _messagesReceived);

                if (result.MessageType == WebSocketMessageType.Text)
                {
                    Publish(Parse(buffer.WrittenSpan, Stopwatch.GetTimestamp()));
                }

                buffer.Clear();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket ended; waiters see the closed state.
        }
        finally
        {
            lock (_gate)
            {
                _arrival.TrySetResult();
            }
        }
    }

    private void Publish(List<BusNotification> notifications)
    {
        lock (_gate)
        {
            _received.AddRange(notifications);
            var arrived = _arrival;
            _arrival = NewSignal();
            arrived.TrySetResult();
        }
    }

    private static List<BusNotification> Parse(ReadOnlySpan<byte> frame, long receivedAt)
    {
        var notifications = new List<BusNotification>();
        using var document = JsonDocument.Parse(frame.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return notifications;
        }

        foreach (var element in document.RootElement.EnumerateArray())
        {
            var message = element.GetProperty("message");
            notifications.Add(new BusNotification(
                element.GetProperty("id").GetInt64(),
                message.GetProperty("type").GetString() ?? string.Empty,
                message.TryGetProperty("payload", out var payload) ? payload.Clone() : default,
                receivedAt));
        }

        return notifications;
    }
}
