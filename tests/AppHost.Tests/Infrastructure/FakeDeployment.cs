using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OdooAspire.AppHost.Tests.Infrastructure;

/// <summary>
/// A proxy and Odoo 18 in one loopback server (port 0), answering the way a real deployment does, with the
/// misconfiguration its <see cref="FakeDeploymentOptions"/> describe. Facts from Odoo 18 measured on the wire.
/// </summary>
internal sealed class FakeDeployment : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeDeploymentOptions _options;

    private FakeDeployment(WebApplication app, FakeDeploymentOptions options, Uri url)
    {
        _app = app;
        _options = options;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<FakeDeployment> StartAsync(FakeDeploymentOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        FakeDeployment? deployment = null;
        app.Run(context => deployment!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        deployment = new FakeDeployment(app, options, new Uri(address + "/"));
        return deployment;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context) => context.Request.Path.Value switch
    {
        _ when _options.RedirectEverythingTo is { } location => RedirectToAsync(context, location + context.Request.Path),
        "/web/health" => JsonAsync(context, 200, """{"status": "pass"}"""),
        "/websocket/health" when _options.WebsocketFault == WebsocketFault.NothingListening => BadGatewayAsync(context),
        "/websocket/health" => JsonAsync(context, 200, """{"status": "pass"}"""),
        "/websocket" => WebsocketAsync(context),
        "/web/webclient/version_info" => RpcResultAsync(context, new JsonObject { ["server_version"] = _options.Series, ["server_serie"] = _options.Series }),
        "/web/session/authenticate" => AuthenticateAsync(context),
        "/web" => RedirectAsync(context),
        _ => Status(context, 404),
    };

    /// <summary>Odoo applies X-Forwarded-Host/-Proto only with proxy_mode and X-Forwarded-Host present.</summary>
    private string SeenOrigin(HttpRequest request)
    {
        string? host = request.Headers["X-Forwarded-Host"];
        string? scheme = request.Headers["X-Forwarded-Proto"];
        if (_options.ProxySendsForwardedHeaders)
        {
            host = request.Host.Value;
            scheme = request.Scheme;
        }

        if (_options.ProxyMode && !string.IsNullOrEmpty(host))
        {
            return $"{(string.IsNullOrEmpty(scheme) ? "http" : scheme)}://{host}";
        }

        return _options.UpstreamOrigin ?? $"{_options.UpstreamScheme ?? request.Scheme}://{request.Host}";
    }

    private async Task WebsocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || _options.WebsocketFault == WebsocketFault.UpgradeHeadersDropped)
        {
            await HtmlAsync(context, 400, "<title>400 Bad Request</title><h1>Bad Request</h1><p>The browser (or proxy) sent a request that this server could not understand.</p>");
            return;
        }

        switch (_options.WebsocketFault)
        {
            case WebsocketFault.MultiProcessHttpPort:
                await HtmlAsync(context, 500, "<title>500 Internal Server Error</title><h1>Internal Server Error</h1><p>The server encountered an internal error and was unable to complete your request.</p>");
                return;
            case WebsocketFault.OriginStripped:
                await HtmlAsync(context, 400, "<title>400 Bad Request</title><h1>Bad Request</h1><p>Empty or missing header(s): origin</p>");
                return;
            case WebsocketFault.NothingListening:
                await BadGatewayAsync(context);
                return;
            case WebsocketFault.NeverAnswers:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var browser = context.Request.Headers.UserAgent.ToString().Contains("Mozilla/", StringComparison.Ordinal);
        if (browser && context.Request.Query["version"] != _options.WorkerBusVersion)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "OUTDATED_VERSION", context.RequestAborted);
            await DrainAsync(socket, TimeSpan.FromSeconds(5), context);
            return;
        }

        await DrainAsync(socket, _options.ProxyIdleTimeout ?? Timeout.InfiniteTimeSpan, context);
    }

    /// <summary>Reads until the client goes, or drops the connection after <paramref name="idle"/> without a frame.</summary>
    private static async Task DrainAsync(WebSocket socket, TimeSpan idle, HttpContext context)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                using var silence = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                silence.CancelAfter(idle);
                var result = await socket.ReceiveAsync(buffer, silence.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
        catch (WebSocketException)
        {
            // The client went away.
        }
    }

    private async Task AuthenticateAsync(HttpContext context)
    {
        var parameters = (await JsonNode.ParseAsync(context.Request.Body))?["params"];
        if (parameters?["db"]?.GetValue<string>() != FakeDeploymentOptions.Database
            || parameters["login"]?.GetValue<string>() != FakeDeploymentOptions.Login
            || parameters["password"]?.GetValue<string>() != FakeDeploymentOptions.Password)
        {
            await JsonAsync(context, 200, """{"jsonrpc": "2.0", "id": 1, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.AccessDenied", "message": "Access Denied"}}}""");
            return;
        }

        await RpcResultAsync(context, new JsonObject
        {
            ["uid"] = 2,
            ["is_system"] = true,
            ["web.base.url"] = SeenOrigin(context.Request),
            ["websocket_worker_version"] = _options.SessionBusVersion ?? _options.WorkerBusVersion,
        });
    }

    private Task RedirectAsync(HttpContext context)
    {
        const string login = "/web/login?redirect=%2Fweb%3F";
        context.Response.StatusCode = 303;
        context.Response.Headers.Location = _options.AbsoluteRedirects ? SeenOrigin(context.Request) + login : login;
        return Task.CompletedTask;
    }

    private static Task RedirectToAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = 308;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task RpcResultAsync(HttpContext context, JsonObject result) =>
        JsonAsync(context, 200, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["result"] = result }.ToJsonString());

    private static Task BadGatewayAsync(HttpContext context) =>
        HtmlAsync(context, 502, "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>");

    private static Task JsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private static Task HtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
