using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace OdooAspire.Gateway.Sessions;

/// <summary>
/// Renders the sessions page: plain HTML without scripts that refreshes itself every two seconds. Every value
/// that came from a client or from Odoo (paths, addresses, close reasons) is HTML-encoded.
/// </summary>
internal static class SessionsPageHtml
{
    public const int RefreshSeconds = 2;

    private const string Style = """
        body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
        th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; font-weight: 600; }
        td { white-space: nowrap; }
        td.path { white-space: normal; overflow-wrap: anywhere; min-width: 14em; }
        td.reason { white-space: normal; overflow-wrap: anywhere; min-width: 6em; }
        td.flow { white-space: normal; min-width: 8em; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.one-way td { background: #fff3cd; }
        .one-way-flag { color: #8a4b00; font-weight: bold; }
        small, .none { color: #777; }
        """;

    private const string Header = """
        <thead>
        <tr><th rowspan="2">#</th><th rowspan="2">Client</th><th rowspan="2">Path</th><th rowspan="2">Upstream</th><th rowspan="2">Started (UTC)</th><th rowspan="2">Duration</th><th colspan="2">Messages</th><th colspan="2">Bytes</th><th colspan="3">Close</th><th rowspan="2">Flow</th></tr>
        <tr><th>client→Odoo</th><th>Odoo→client</th><th>client→Odoo</th><th>Odoo→client</th><th>code</th><th>reason</th><th>by</th></tr>
        </thead>

        """;

    public static string Render(WebSocketSessionsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new StringBuilder(4096);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="{RefreshSeconds}">
            <title>WebSocket sessions · Odoo gateway</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>WebSocket sessions through the gateway</h1>
            <p>{snapshot.Open.Count} open, {snapshot.EndedTotal} ended since the gateway started (the last {snapshot.Capacity} are kept).
            Generated {snapshot.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; the page refreshes every {RefreshSeconds} s.
            The same data as JSON: <a href="/sessions.json">/sessions.json</a>.</p>

            """);
        AppendTable(html, $"Open ({snapshot.Open.Count})", snapshot.Open, "No open sessions.");
        AppendTable(html, $"Recently ended ({snapshot.Ended.Count} of {snapshot.EndedTotal})", snapshot.Ended, "No session has ended yet.");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, string title, IReadOnlyList<WebSocketSessionSummary> sessions, string empty)
    {
        html.Append("<h2>").Append(Encode(title)).Append("</h2>\n");
        if (sessions.Count == 0)
        {
            html.Append("<p class=\"none\">").Append(Encode(empty)).Append("</p>\n");
            return;
        }

        html.Append("<table>\n").Append(Header).Append("<tbody>\n");
        foreach (var session in sessions)
        {
            AppendRow(html, session);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendRow(StringBuilder html, WebSocketSessionSummary session)
    {
        html.Append(session.OneWay ? "<tr class=\"one-way\">" : "<tr>");
        Cell(html, session.Id.ToString(CultureInfo.InvariantCulture), "n");
        Cell(html, $"{session.Client}:{session.ClientPort.ToString(CultureInfo.InvariantCulture)}");
        Cell(html, session.Path, "path");
        html.Append("<td>").Append(Encode(session.Cluster ?? "?")).Append("<br><small>").Append(Encode(session.Upstream ?? string.Empty)).Append("</small></td>");
        html.Append("<td title=\"").Append(Encode(session.StartedAt.ToString("O", CultureInfo.InvariantCulture))).Append("\">")
            .Append(Encode(session.StartedAt.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture))).Append("</td>");
        Cell(html, FormatDuration(session.DurationSeconds), "n");
        Cell(html, session.MessagesClientToOdoo.ToString("N0", CultureInfo.InvariantCulture), "n");
        Cell(html, session.MessagesOdooToClient.ToString("N0", CultureInfo.InvariantCulture), "n");
        Cell(html, session.BytesClientToOdoo.ToString("N0", CultureInfo.InvariantCulture), "n");
        Cell(html, session.BytesOdooToClient.ToString("N0", CultureInfo.InvariantCulture), "n");
        Cell(html, session.CloseCode?.ToString(CultureInfo.InvariantCulture) ?? "—", "n");
        Cell(html, session.CloseReason is { Length: > 0 } reason ? reason : "—", "reason");
        Cell(html, session.ClosedBy ?? (session.State == WebSocketSessionSummary.OpenState ? "open" : "—"));
        html.Append("<td class=\"flow\">").Append(Flow(session)).Append("</td>");
        html.Append("</tr>\n");
    }

    private static string Flow(WebSocketSessionSummary session) => (session.MessagesClientToOdoo > 0, session.MessagesOdooToClient > 0) switch
    {
        (true, true) => "both ways",
        (true, false) => "<span class=\"one-way-flag\">one-way</span> (client→Odoo only)",
        (false, true) => "<span class=\"one-way-flag\">one-way</span> (Odoo→client only)",
        _ => "<span class=\"none\">no messages</span>",
    };

    private static void Cell(StringBuilder html, string text, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<td>" : $"<td class=\"{cssClass}\">").Append(Encode(text)).Append("</td>");
    }

    private static string FormatDuration(double seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        return duration.TotalSeconds switch
        {
            < 1 => duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms",
            < 60 => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s",
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds:00} s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes:00} min"),
        };
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
