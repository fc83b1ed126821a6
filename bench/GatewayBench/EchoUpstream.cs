using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OdooAspire.GatewayBench;

/// <summary>The upstream every target forwards to: Odoo's two ports reduced to an echo websocket and a small HTTP answer.</summary>
internal sealed class EchoUpstream : IAsyncDisposable
{
    private static readonly byte[] Hello = Encoding.ASCII.GetBytes("{\"status\": \"pass\"}");
    private readonly WebApplication _app;

    private EchoUpstream(WebApplication app) => _app = app;

    public static async Task<EchoUpstream> StartAsync(int httpPort, int webSocketPort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}", $"http://127.0.0.1:{webSocketPort}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Run(HandleAsync);
        await app.StartAsync();
        return new EchoUpstream(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Hello.Length;
            await context.Response.Body.WriteAsync(Hello);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
                    return;
                }

                await socket.SendAsync(buffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
        }
    }
}
