using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OdooAspire.OdooSimulator.Tests.Infrastructure;

/// <summary>
/// A bus websocket as the web client opens it (Origin set, session cookies sent); collects every
/// notification so tests can wait for one, in order, with a deadline.
/// </summary>
internal sealed class BusTestSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<JsonObject> _received = [];
    private readonly List<string> _frames = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Task _receiving;
    private int _cursor;

    private BusTestSocket(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveLoopAsync();
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>The raw text of each frame received, for shape assertions.</summary>
    public IReadOnlyList<string> Frames
    {
        get
        {
            lock (_received)
            {
                return [.. _frames];
            }
        }
    }

    public static async Task<BusTestSocket> ConnectAsync(
        Uri url, CookieContainer cookies, string origin, string? userAgent, IReadOnlyDictionary<string, string>? headers = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.SetRequestHeader("Origin", origin);
        if (userAgent is not null)
        {
            socket.Options.SetRequestHeader("User-Agent", userAgent);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            socket.Options.SetRequestHeader(name, value);
        }

        var wsUrl = new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws" }.Uri;
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await socket.ConnectAsync(wsUrl, cts.Token);
        return new BusTestSocket(socket);
    }

    /// <summary>subscribe from <paramref name="last"/>, asking also for the named <paramref name="channels"/> (e.g. 19's <c>odoo-presence-*</c>).</summary>
    public Task SubscribeAsync(long last = 0, params string[] channels) => SendAsync(new JsonObject
    {
        ["event_name"] = "subscribe",
        ["data"] = new JsonObject { ["channels"] = new JsonArray([.. channels.Select(c => (JsonNode)c)]), ["last"] = last },
    });

    /// <summary>update_presence as Odoo 17/18's web client sends it, or with <paramref name="data"/> (19 takes only inactivity_period).</summary>
    public Task UpdatePresenceAsync(JsonObject? data = null) => SendAsync(new JsonObject
    {
        ["event_name"] = "update_presence",
        ["data"] = data ?? new JsonObject { ["inactivity_period"] = 0, ["im_status_ids_by_model"] = new JsonObject() },
    });

    public async Task SendAsync(JsonObject frame)
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, cts.Token);
    }

    public async Task SendRawAsync(byte[] payload, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await _socket.SendAsync(payload, type, true, cts.Token);
    }

    /// <summary>The highest bus id received so far (what the web client sends as <c>last</c>).</summary>
    public long LastId
    {
        get
        {
            lock (_received)
            {
                return _received.Count == 0 ? 0 : _received.Max(n => n["id"]!.GetValue<long>());
            }
        }
    }

    /// <summary>Waits for the next notification (after the previous match) of the given type that satisfies the predicate.</summary>
    public async Task<JsonObject> WaitForAsync(string type, Func<JsonObject, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TestTimeouts.Default);
        while (true)
        {
            lock (_received)
            {
                for (var i = _cursor; i < _received.Count; i++)
                {
                    var message = (JsonObject)_received[i]["message"]!;
                    if (message["type"]!.GetValue<string>() == type && (predicate?.Invoke((JsonObject)message["payload"]!) ?? true))
                    {
                        _cursor = i + 1;
                        return _received[i];
                    }
                }
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || !await _changed.WaitAsync(remaining) && DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"no '{type}' notification matched; received: {string.Join(Environment.NewLine, Frames)}");
            }
        }
    }

    /// <summary>Asserts that nothing matching arrives within <paramref name="window"/> (used only for negative checks).</summary>
    public async Task AssertNoneAsync(string type, Func<JsonObject, bool> predicate, TimeSpan window)
    {
        try
        {
            var found = await WaitForAsync(type, predicate, window);
            Assert.Fail($"unexpected '{type}' notification: {found.ToJsonString()}");
        }
        catch (TimeoutException)
        {
        }
    }

    public async Task WaitForCloseAsync()
    {
        using var cts = new CancellationTokenSource(TestTimeouts.Default);
        await _receiving.WaitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TestTimeouts.Default);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", cts.Token);
            }
            catch (WebSocketException)
            {
            }
        }

        await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _changed.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                message.SetLength(0);
                lock (_received)
                {
                    _frames.Add(text);
                    foreach (var item in (JsonArray)JsonNode.Parse(text)!)
                    {
                        _received.Add((JsonObject)item!);
                    }
                }

                _changed.Release();
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _changed.Release();
        }
    }
}
