using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>
/// Imitates Odoo's two ports on loopback. Multi-process: the HTTP port answers a websocket upgrade with 500
/// and a plain GET /websocket with 400; the gevent port speaks websocket (an echo with a few commands) and
/// serves HTTP too. Threaded: the HTTP port serves /websocket and there is no gevent port.
/// </summary>
internal sealed class FakeOdoo : IAsyncDisposable
{
    public const string HttpPortName = "http";
    public const string GeventPortName = "gevent";

    private WebApplication? _http;
    private WebApplication? _gevent;

    private FakeOdoo(bool threaded) => Threaded = threaded;

    public bool Threaded { get; }

    public string HttpUrl { get; private set; } = string.Empty;

    public string? WebsocketUrl { get; private set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeOdoo> StartAsync(bool threaded = false)
    {
        var odoo = new FakeOdoo(threaded);
        (odoo._http, odoo.HttpUrl) = await StartPortAsync(odoo.HandleHttpPortAsync);
        if (!threaded)
        {
            (odoo._gevent, var url) = await StartPortAsync(odoo.HandleGeventPortAsync);
            odoo.WebsocketUrl = url;
        }

        return odoo;
    }

    /// <summary>The Gateway settings that point at this fake.</summary>
    public Dictionary<string, string?> GatewaySettings() => new()
    {
        ["Odoo:HttpUrl"] = HttpUrl,
        ["Odoo:WebsocketUrl"] = WebsocketUrl,
        ["Odoo:Workers"] = Threaded ? "0" : "2",
    };

    public RecordedRequest[] RequestsTo(string path) => [.. Requests.Where(request => request.Path == path)];

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { _http, _gevent })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<(WebApplication App, string Url)> StartPortAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, address);
    }

    private Task HandleHttpPortAsync(HttpContext context)
    {
        Record(HttpPortName, context);
        if (IsWebSocketPath(context.Request.Path))
        {
            if (Threaded)
            {
                return ServeWebSocketPathAsync(context);
            }

            return context.Request.Headers.Upgrade.Count > 0
                ? AnswerAsync(context, 500, "RuntimeError: Couldn't bind the websocket. Is the connection opened on the evented port (8072)?")
                : AnswerAsync(context, 400, "400 Bad Request: WebsocketMismatch");
        }

        return ServeHttpAsync(context, HttpPortName);
    }

    private Task HandleGeventPortAsync(HttpContext context)
    {
        Record(GeventPortName, context);
        return IsWebSocketPath(context.Request.Path) ? ServeWebSocketPathAsync(context) : ServeHttpAsync(context, GeventPortName);
    }

    private static Task ServeWebSocketPathAsync(HttpContext context)
    {
        if (context.Request.Path == "/websocket/health")
        {
            return AnswerAsync(context, 200, "pass");
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return AnswerAsync(context, 400, "400 Bad Request: WebsocketMismatch");
        }

        if (context.Request.Headers.Origin.Count == 0)
        {
            return AnswerAsync(context, 400, "Empty or missing header(s): origin");
        }

        return context.Request.Path == "/websocket/invalid-frame" ? SendInvalidFrameAsync(context) : EchoAsync(context);
    }

    private static async Task ServeHttpAsync(HttpContext context, string port)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/status/", StringComparison.Ordinal))
        {
            var status = int.Parse(path["/status/".Length..], CultureInfo.InvariantCulture);
            context.Response.Headers.RetryAfter = "7";
            await AnswerAsync(context, status, $"odoo's own {status} body");
            return;
        }

        if (path.StartsWith("/slow/", StringComparison.Ordinal))
        {
            // Odoo busy with a long report: the delay is the behaviour under test, not a readiness guess.
            await Task.Delay(int.Parse(path["/slow/".Length..], CultureInfo.InvariantCulture), context.RequestAborted);
        }

        if (path == "/reset")
        {
            context.Abort();
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"port":"{{port}}","path":"{{path}}"}""");
    }

    private static async Task EchoAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, result.CloseStatusDescription, context.RequestAborted);
                    return;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text.StartsWith("close:", StringComparison.Ordinal))
                {
                    var parts = text.Split(':', 3);
                    await socket.CloseAsync((WebSocketCloseStatus)int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], context.RequestAborted);
                    return;
                }

                if (text.StartsWith("push:", StringComparison.Ordinal))
                {
                    var count = int.Parse(text["push:".Length..], CultureInfo.InvariantCulture);
                    for (var i = 0; i < count; i++)
                    {
                        await socket.SendAsync(Encoding.UTF8.GetBytes($"push-{i}"), WebSocketMessageType.Text, true, context.RequestAborted);
                    }

                    continue;
                }

                await socket.SendAsync(message.ToArray(), result.MessageType, true, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The gateway dropped the connection: that is what several tests provoke.
        }
    }

    private static async Task SendInvalidFrameAsync(HttpContext context)
    {
        var key = context.Request.Headers.SecWebSocketKey.ToString();
#pragma warning disable CA5350 // RFC 6455 defines Sec-WebSocket-Accept with SHA-1; it is not used for security here.
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = accept;
        var upgrade = context.Features.GetRequiredFeature<IHttpUpgradeFeature>();
        await using var stream = await upgrade.UpgradeAsync();
        // A text frame "ok", then a frame with the reserved opcode 0x3.
        await stream.WriteAsync(new byte[] { 0x81, 0x02, (byte)'o', (byte)'k', 0x83, 0x00 }, context.RequestAborted);
        await stream.FlushAsync(context.RequestAborted);
        var sink = new byte[1024];
        try
        {
            while (await stream.ReadAsync(sink, context.RequestAborted) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
        }
    }

    private static Task AnswerAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(body);
    }

    private void Record(string port, HttpContext context) =>
        Requests.Enqueue(new RecordedRequest(
            port,
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)));

    private static bool IsWebSocketPath(PathString path) => path.StartsWithSegments("/websocket");
}
