using System.Diagnostics;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>
/// Spans shaped like the gateway's: an HTTP server span, the proxy's client call to Odoo, and a websocket
/// session span from the gateway's websocket source with its tags.
/// </summary>
internal static class GatewayLikeSpans
{
    public static readonly ActivitySource WebSocketSource = new(GatewayWebSocketTags.ActivitySourceName);

    /// <summary>A proxied request: gateway server span → client span to Odoo. Returns the trace id.</summary>
    public static string ProxiedRequest(ActivitySource gateway, string route, int statusCode)
    {
        using var server = gateway.StartActivity($"GET {route}", ActivityKind.Server)
            ?? throw new InvalidOperationException("No listener for " + gateway.Name);
        server.SetTag("http.request.method", "GET");
        server.SetTag("http.route", route);
        server.SetTag("url.path", route);
        server.SetTag("http.response.status_code", statusCode);
        using (var client = gateway.StartActivity("GET odoo upstream", ActivityKind.Client))
        {
            client?.SetTag("server.address", "127.0.0.1");
            client?.SetTag("http.response.status_code", statusCode);
        }

        if (statusCode >= 500)
        {
            server.SetStatus(ActivityStatusCode.Error);
        }

        return server.TraceId.ToHexString();
    }

    /// <summary>A websocket session as the gateway records it when it ends. Returns (trace id, span id).</summary>
    public static (string TraceId, string SpanId) WebSocketSession(ActivitySource gateway, string path, long fromClient, long toClient)
    {
        // As in the gateway: the upgrade request lasts as long as the session, which is recorded when it ends.
        var start = DateTimeOffset.UtcNow.AddSeconds(-2);
        using var upgrade = gateway.StartActivity(ActivityKind.Server, startTime: start, name: "GET /websocket")
            ?? throw new InvalidOperationException("No listener for " + gateway.Name);
        upgrade.SetTag("http.route", "/websocket");
        upgrade.SetTag("http.response.status_code", 101);
        using var session = WebSocketSource.StartActivity(GatewayWebSocketTags.SessionSpanName, ActivityKind.Internal, upgrade.Context, startTime: start.AddMilliseconds(3))
            ?? throw new InvalidOperationException("No listener for " + WebSocketSource.Name);
        session.SetTag(GatewayWebSocketTags.ClientAddress, "127.0.0.1");
        session.SetTag(GatewayWebSocketTags.ClientPort, 50123);
        session.SetTag(GatewayWebSocketTags.Path, path);
        session.SetTag(GatewayWebSocketTags.MessagesClientToOdoo, fromClient);
        session.SetTag(GatewayWebSocketTags.MessagesOdooToClient, toClient);
        session.SetTag(GatewayWebSocketTags.BytesClientToOdoo, fromClient * 100);
        session.SetTag(GatewayWebSocketTags.BytesOdooToClient, toClient * 250);
        session.SetTag(GatewayWebSocketTags.CloseCode, 1000);
        session.SetTag(GatewayWebSocketTags.CloseReason, "bye");
        session.SetTag(GatewayWebSocketTags.CloseInitiator, "client");
        session.SetTag(GatewayWebSocketTags.EndReason, "client_closed");
        session.SetTag("odooaspire.websocket.duration_s", 2.0);
        return (session.TraceId.ToHexString(), session.SpanId.ToHexString());
    }
}
