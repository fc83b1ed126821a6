using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Pages;

/// <summary>The trace list, filtered on the server by resource, route, status and minimum duration.</summary>
internal static class TracesPage
{
    public const string Path = "/traces";
    public const int PageSize = 50;

    public static string Render(HttpRequest request, TraceStore store)
    {
        var service = request.Query["resource"].ToString();
        var route = request.Query["route"].ToString();
        var statusText = request.Query["status"].ToString();
        var status = Enum.TryParse<TraceStatusFilter>(statusText, ignoreCase: true, out var parsed) ? parsed : TraceStatusFilter.Any;
        var minText = request.Query["min"].ToString();
        TimeSpan? min = double.TryParse(minText, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : null;
        var page = store.Query(new TraceQuery(service, route, status, min), Pager.Offset(request), PageSize);

        var html = new StringBuilder();
        html.Append("<h1>Traces</h1><form class=\"filters\" method=\"get\" action=\"/traces\">")
            .Append("<label>Resource<select name=\"resource\">").Append(Html.Option(string.Empty, "All", service));
        foreach (var name in store.Services())
        {
            html.Append(Html.Option(name, name, service));
        }

        html.Append("</select></label><label>Route or name contains<input type=\"search\" name=\"route\" value=\"").Append(Html.E(route)).Append("\"></label>")
            .Append("<label>Status<select name=\"status\">")
            .Append(Html.Option("any", "Any", statusText.ToLowerInvariant() is "" ? "any" : statusText.ToLowerInvariant()))
            .Append(Html.Option("ok", "Without errors", statusText.ToLowerInvariant()))
            .Append(Html.Option("error", "With errors", statusText.ToLowerInvariant()))
            .Append("</select></label><label>Min duration (ms)<input type=\"number\" min=\"0\" step=\"any\" name=\"min\" value=\"").Append(Html.E(minText)).Append("\"></label>")
            .Append("<button type=\"submit\">Filter</button></form>");

        if (page.TotalMatches == 0)
        {
            return html.Append("<p class=\"muted\">No traces match. Resources send them to the dashboard's OTLP endpoint.</p>").ToString();
        }

        var longest = page.Items.Max(trace => trace.Duration.TotalMilliseconds);
        html.Append("<table id=\"traces\"><thead><tr><th>Start</th><th>Name</th><th>Resources</th><th>Route</th><th>HTTP</th>")
            .Append("<th class=\"num\">Spans</th><th class=\"num\">Duration</th><th></th></tr></thead><tbody>");
        foreach (var trace in page.Items)
        {
            var width = longest <= 0 ? 0 : Math.Max(1, trace.Duration.TotalMilliseconds / longest * 100);
            html.Append("<tr data-trace=\"").Append(trace.TraceId).Append("\"><td>").Append(Format.Time(trace.Start)).Append("</td>")
                .Append("<td><a href=\"/traces/").Append(trace.TraceId).Append("\">").Append(Html.E(trace.RootName)).Append("</a>")
                .Append(trace.HasError ? " <span class=\"badge bad\">error</span>" : string.Empty).Append("</td>")
                .Append("<td>").Append(Html.E(string.Join(", ", trace.Services))).Append("</td>")
                .Append("<td>").Append(Html.E(trace.Route)).Append("</td>")
                .Append("<td>").Append(Html.E(trace.HttpStatus)).Append("</td>")
                .Append("<td class=\"num\">").Append(trace.SpanCount).Append("</td>")
                .Append("<td class=\"num\">").Append(Format.Duration(trace.Duration)).Append("</td>")
                .Append("<td style=\"width:120px\"><div class=\"waterfall\"><div class=\"track\"><div class=\"span\" style=\"left:0;width:")
                .Append(width.ToString("0.##", CultureInfo.InvariantCulture)).Append("%\"></div></div></div></td></tr>");
        }

        return html.Append("</tbody></table>").Append(Pager.Render(request, page)).ToString();
    }
}
