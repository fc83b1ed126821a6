using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OdooAspire.Gateway.Routing;
using OdooAspire.Gateway.Sessions;
using Yarp.ReverseProxy.Model;

namespace OdooAspire.Gateway.WebSockets;

/// <summary>
/// Runs in YARP's proxy pipeline for upgrade requests: rejects malformed websocket handshakes, wraps the
/// upgraded connection to count frames both ways, shows it on the sessions page while it runs, and records
/// it when it ends.
/// </summary>
internal sealed class WebSocketSessionMiddleware(
    RequestDelegate next, WebSocketTelemetry telemetry, WebSocketSessionRecorder recorder, WebSocketSessionBoard board, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        var connect = context.Features.Get<IHttpExtendedConnectFeature>();
        var isUpgrade = upgrade is { IsUpgradableRequest: true };
        var isConnect = connect is { IsExtendedConnect: true } && string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        var isWebSocketUpgrade = isUpgrade && context.Request.Headers.Upgrade.Any(value => value?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true);

        if (isUpgrade && (isWebSocketUpgrade || IsWebSocketRoute(context)) && WebSocketHandshakeValidator.Validate(context.Request) is { } rejection)
        {
            await RejectAsync(context, rejection.StatusCode, rejection.Reason);
            return;
        }

        if (!isWebSocketUpgrade && !isConnect)
        {
            await next(context);
            return;
        }

        WebSocketSession? session = null;
        Stream Wrap(Stream upgraded)
        {
            var extensions = context.Response.Headers.ContainsKey(HeaderNames.SecWebSocketExtensions);
            session = new WebSocketSession(WebSocketSessionOrigin.From(context), telemetry, timeProvider, extensions);
            telemetry.ActiveSessions.Add(1);
            board.Opened(session);
            return new MeteredUpgradeStream(upgraded, session);
        }

        if (isWebSocketUpgrade)
        {
            context.Features.Set<IHttpUpgradeFeature>(new MeteredUpgradeFeature(upgrade!, Wrap));
        }
        else
        {
            context.Features.Set<IHttpExtendedConnectFeature>(new MeteredExtendedConnectFeature(connect!, Wrap));
        }

        try
        {
            await next(context);
        }
        finally
        {
            if (session is not null)
            {
                telemetry.ActiveSessions.Add(-1);
                recorder.Record(context, session);
            }
        }
    }

    private static bool IsWebSocketRoute(HttpContext context) =>
        context.Features.Get<IReverseProxyFeature>()?.Route.Config.RouteId == OdooRouteNames.WebSocketRoute;

    private static Task RejectAsync(HttpContext context, int statusCode, string reason)
    {
        context.Response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status426UpgradeRequired)
        {
            context.Response.Headers.SecWebSocketVersion = WebSocketHandshakeValidator.SupportedVersion;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(reason + "\n", context.RequestAborted);
    }
}
