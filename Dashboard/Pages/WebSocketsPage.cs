using System.Text;
using Microsoft.AspNetCore.Http;
using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Pages;

/// <summary>
/// Websocket sessions through the gateway: how many are open now (the gateway's active-sessions metric) and
/// every ended session with its message and byte counts each way and how it closed.
/// </summary>
internal static class WebSocketsPage
{
    public const string Path = "/websockets";
    public const int PageSize = 100;

    public static string Render(HttpRequest request, TelemetryStores stores)
    {
        var search = request.Query["q"].ToString();
        var page = stores.WebSocketSessions.Query(search, Pager.Offset(request), PageSize);
        var active = stores.Metrics.Series(name: GatewayWebSocketTags.ActiveSessionsMetric);

        var html = new StringBuilder();
        html.Append("<h1>WebSocket sessions</h1><div>");
        if (active.Count == 0)
        {
            html.Append("<span class=\"stat\" id=\"ws-open\">Open now<b>—</b><span class=\"muted\">no gateway metrics yet</span></span>");
        }

        foreach (var service in active.GroupBy(series => series.ServiceName))
        {
            var open = service.Sum(series => (long)(series.Latest?.Value ?? 0));
            html.Append("<span class=\"stat\" id=\"ws-open\">Open now through ").Append(Html.E(service.Key)).Append("<b>").Append(open).Append("</b></span>");
        }

        html.Append("<span class=\"stat\">Ended sessions kept<b>").Append(page.TotalMatches).Append("</b></span></div>")
            .Append("<p class=\"note\">The gateway records a session when it ends (one span with its counts and close code), so a session is listed here once it closes; ")
            .Append("open sessions are counted above. A session with messages only one way, or ended by <i>idle_timeout</i>, is the first thing to check when chat is not real-time.</p>")
            .Append("<form class=\"filters\" method=\"get\" action=\"/websockets\"><label>Path or client contains<input type=\"search\" name=\"q\" value=\"")
            .Append(Html.E(search)).Append("\"></label><button type=\"submit\">Filter</button></form>");

        if (page.TotalMatches == 0)
        {
            return html.Append("<p class=\"muted\">No websocket session has ended through the gateway yet.</p>").ToString();
        }

        html.Append("<table id=\"sessions\"><thead><tr><th>Start</th><th>Client</th><th>Path</th><th class=\"num\">Duration</th>")
            .Append("<th class=\"num\">Msgs client→Odoo</th><th class=\"num\">Msgs Odoo→client</th><th class=\"num\">Bytes client→Odoo</th><th class=\"num\">Bytes Odoo→client</th>")
            .Append("<th>Close</th><th>End</th></tr></thead><tbody>");
        foreach (var session in page.Items)
        {
            html.Append("<tr data-session=\"").Append(session.SpanId).Append("\"><td><a href=\"/websockets/").Append(session.TraceId).Append('/').Append(session.SpanId).Append("\">")
                .Append(Format.Time(session.Start)).Append("</a></td>")
                .Append("<td>").Append(Html.E(session.ClientAddress)).Append("</td>")
                .Append("<td>").Append(Html.E(session.Path)).Append("</td>")
                .Append("<td class=\"num\">").Append(Format.Duration(session.Duration)).Append("</td>")
                .Append("<td class=\"num msgs-in\">").Append(Format.Count(session.MessagesFromClient)).Append("</td>")
                .Append("<td class=\"num msgs-out\">").Append(Format.Count(session.MessagesToClient)).Append("</td>")
                .Append("<td class=\"num\">").Append(Format.Bytes(session.BytesFromClient)).Append("</td>")
                .Append("<td class=\"num\">").Append(Format.Bytes(session.BytesToClient)).Append("</td>")
                .Append("<td>").Append(Close(session)).Append("</td>")
                .Append("<td>").Append(EndReason(session)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").Append(Pager.Render(request, page)).ToString();
    }

    public static string Close(WebSocketSession session) =>
        session.CloseCode is null && string.IsNullOrEmpty(session.CloseReason)
            ? "<span class=\"muted\">no close frame</span>"
            : $"{Html.E(session.CloseCode)} {Html.E(session.CloseReason)} <span class=\"muted\">by {Html.E(session.CloseInitiator)}</span>";

    public static string EndReason(WebSocketSession session)
    {
        var css = session.Status == SpanStatus.Error || session.EndReason is "protocol_error" or "odoo_disconnected" or "idle_timeout" ? "bad" : string.Empty;
        return $"<span class=\"badge {css}\">{Html.E(session.EndReason ?? "unknown")}</span>";
    }
}
