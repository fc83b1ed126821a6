using System.Text;
using Microsoft.AspNetCore.Http;
using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Structured logs received over OTLP, newest first, filtered by resource, minimum level, text and trace.</summary>
internal static class StructuredLogsPage
{
    public const string Path = "/logs";
    public const int PageSize = 100;

    public static string Render(HttpRequest request, LogStore store)
    {
        var service = request.Query["resource"].ToString();
        var levelText = request.Query["level"].ToString();
        var level = Enum.TryParse<LogSeverity>(levelText, ignoreCase: true, out var parsed) ? parsed : LogSeverity.Unspecified;
        var text = request.Query["q"].ToString();
        var trace = request.Query["trace"].ToString();
        var page = store.Query(new LogQuery(service, level, text, trace), Pager.Offset(request), PageSize);

        var html = new StringBuilder();
        html.Append("<h1>Structured logs</h1><form class=\"filters\" method=\"get\" action=\"/logs\">")
            .Append("<label>Resource<select name=\"resource\">").Append(Html.Option(string.Empty, "All", service));
        foreach (var name in store.Services())
        {
            html.Append(Html.Option(name, name, service));
        }

        html.Append("</select></label><label>Minimum level<select name=\"level\">");
        foreach (var severity in Enum.GetValues<LogSeverity>())
        {
            html.Append(Html.Option(severity.ToString(), severity == LogSeverity.Unspecified ? "Any" : severity.ToString(), level.ToString()));
        }

        html.Append("</select></label><label>Text<input type=\"search\" name=\"q\" value=\"").Append(Html.E(text)).Append("\"></label>")
            .Append("<label>Trace id<input type=\"search\" name=\"trace\" value=\"").Append(Html.E(trace)).Append("\"></label>")
            .Append("<button type=\"submit\">Filter</button></form>");
        if (page.TotalMatches == 0)
        {
            return html.Append("<p class=\"muted\">No log records match.</p>").ToString();
        }

        html.Append("<table id=\"logs\"><thead><tr><th>Time</th><th>Level</th><th>Resource</th><th>Category</th><th>Message</th><th>Trace</th></tr></thead><tbody>");
        var row = 0;
        foreach (var entry in page.Items)
        {
            row++;
            html.Append("<tr><td>").Append(Format.Time(entry.Timestamp)).Append("</td><td>").Append(Level(entry.Severity)).Append("</td>")
                .Append("<td>").Append(Html.E(entry.ServiceName)).Append("</td><td>").Append(Html.E(entry.Category)).Append("</td><td>");
            if (entry.Attributes.Count > 0)
            {
                html.Append("<details id=\"log-").Append(page.Offset + row).Append("\"><summary>").Append(Html.E(entry.Message)).Append("</summary><table class=\"kv\">");
                foreach (var (key, value) in entry.Attributes)
                {
                    html.Append("<tr><td>").Append(Html.E(key)).Append("</td><td>").Append(Html.E(value)).Append("</td></tr>");
                }

                html.Append("</table></details>");
            }
            else
            {
                html.Append(Html.E(entry.Message));
            }

            html.Append("</td><td>").Append(entry.TraceId is null ? string.Empty : $"<a href=\"/traces/{entry.TraceId}\">{entry.TraceId[..8]}</a>").Append("</td></tr>");
        }

        return html.Append("</tbody></table>").Append(Pager.Render(request, page)).ToString();
    }

    private static string Level(LogSeverity severity)
    {
        var css = severity switch { >= LogSeverity.Error => "bad", LogSeverity.Warning => "warn", _ => string.Empty };
        return $"<span class=\"badge {css}\">{severity}</span>";
    }
}
