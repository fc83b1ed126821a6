using System.Text;
using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Pages;

/// <summary>One trace as a waterfall: the gateway's server span, the proxy call, and Odoo's spans below it.</summary>
internal static class TraceDetailPage
{
    public static string Render(string traceId, TraceStore traces)
    {
        var spans = traces.Get(traceId);
        if (spans is null)
        {
            return $"<h1>Trace {Html.E(traceId)}</h1><p class=\"error\">This trace is not (or no longer) in memory; the oldest traces are dropped first.</p>";
        }

        var summary = TraceSummary.From(traceId, spans);
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.E(summary.RootName)).Append("</h1><p class=\"muted\">Trace <code>").Append(traceId).Append("</code> · ")
            .Append(Format.DateTime(summary.Start)).Append(" · ").Append(Format.Duration(summary.Duration)).Append(" · ")
            .Append(summary.SpanCount).Append(" spans · ").Append(Html.E(string.Join(", ", summary.Services)))
            .Append(" · <a href=\"/logs?trace=").Append(traceId).Append("\">structured logs of this trace</a></p>");
        foreach (var session in spans.Where(WebSocketSessionReader.IsSession))
        {
            html.Append("<p class=\"note\">This trace carries a websocket session: <a href=\"/websockets/").Append(session.TraceId).Append('/')
                .Append(session.SpanId).Append("\">open its timeline</a>.</p>");
        }

        return html.Append(Waterfall.Render(spans)).ToString();
    }
}
