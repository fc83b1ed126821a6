using System.Text;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Pages;

/// <summary>One websocket session: its counts, how it ended, its events, and the trace it belongs to as a timeline.</summary>
internal static class WebSocketSessionPage
{
    public static string Render(string traceId, string spanId, TelemetryStores stores)
    {
        var session = stores.WebSocketSessions.Find(traceId, spanId);
        if (session is null)
        {
            return "<h1>WebSocket session</h1><p class=\"error\">This session is not (or no longer) in memory.</p>";
        }

        var html = new StringBuilder();
        html.Append("<h1>WebSocket session ").Append(Html.E(session.Path)).Append("</h1>")
            .Append("<table class=\"kv\" id=\"session\" style=\"width:auto\">")
            .Append(Row("Client", Html.E(session.ClientAddress)))
            .Append(Row("Through", Html.E(session.ServiceName)))
            .Append(Row("Started", Format.DateTime(session.Start) + " (" + Format.Time(session.Start) + ")"))
            .Append(Row("Ended", Format.Time(session.Start + session.Duration)))
            .Append(Row("Duration", Format.Duration(session.Duration)))
            .Append(Row("Messages client→Odoo", Format.Count(session.MessagesFromClient)))
            .Append(Row("Messages Odoo→client", Format.Count(session.MessagesToClient)))
            .Append(Row("Bytes client→Odoo", Format.Bytes(session.BytesFromClient)))
            .Append(Row("Bytes Odoo→client", Format.Bytes(session.BytesToClient)))
            .Append(Row("Close", WebSocketsPage.Close(session)))
            .Append(Row("End reason", WebSocketsPage.EndReason(session)))
            .Append("</table><h2>Timeline</h2><ol class=\"kv\" id=\"timeline\">")
            .Append("<li>").Append(Format.Time(session.Start)).Append(" upgrade accepted by the gateway</li>");
        foreach (var sessionEvent in session.Events)
        {
            html.Append("<li>").Append(Format.Time(sessionEvent.Time)).Append(' ').Append(Html.E(sessionEvent.Name))
                .Append(Html.E(string.Concat(sessionEvent.Attributes.Select(pair => $" {pair.Key}={pair.Value}")))).Append("</li>");
        }

        html.Append("<li>").Append(Format.Time(session.Start + session.Duration)).Append(" ended: ").Append(Html.E(session.EndReason ?? "unknown"))
            .Append("</li></ol><h2>Trace</h2>");
        var spans = stores.Traces.Get(traceId);
        html.Append(spans is null
            ? "<p class=\"muted\">The trace of this session is no longer in memory.</p>"
            : $"<p><a href=\"/traces/{traceId}\">Open the trace</a></p>" + Waterfall.Render(spans));
        return html.ToString();
    }

    private static string Row(string label, string valueHtml) => $"<tr><td>{Html.E(label)}</td><td>{valueHtml}</td></tr>";
}
