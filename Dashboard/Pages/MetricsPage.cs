using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Headline traffic numbers per resource (requests/s, latency percentiles, open websockets), then every series.</summary>
internal static class MetricsPage
{
    public const string Path = "/metrics";
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public static string Render(HttpRequest request, MetricStore store, DateTimeOffset now)
    {
        var service = request.Query["resource"].ToString();
        var html = new StringBuilder();
        html.Append("<h1>Metrics</h1><h2>Traffic over the last minute</h2>");
        var summaries = TrafficSummaryCalculator.Compute(store, now, Window);
        if (summaries.Count == 0)
        {
            html.Append("<p class=\"muted\">No HTTP server metrics received yet.</p>");
        }
        else
        {
            html.Append("<table id=\"traffic\"><thead><tr><th>Resource</th><th class=\"num\">Requests/s</th><th class=\"num\">p50 ms</th>")
                .Append("<th class=\"num\">p90 ms</th><th class=\"num\">p99 ms</th><th class=\"num\">Open websockets</th></tr></thead><tbody>");
            foreach (var summary in summaries)
            {
                html.Append("<tr><td>").Append(Html.E(summary.ServiceName)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Format.Number(summary.RequestsPerSecond)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Format.Number(summary.P50Milliseconds)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Format.Number(summary.P90Milliseconds)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Format.Number(summary.P99Milliseconds)).Append("</td>")
                    .Append("<td class=\"num\">").Append(summary.ActiveWebSockets?.ToString(CultureInfo.InvariantCulture) ?? "—").Append("</td></tr>");
            }

            html.Append("</tbody></table><p class=\"muted\">Latency percentiles are estimated from the histogram buckets of <code>")
                .Append(TrafficSummaryCalculator.RequestDurationMetric).Append("</code>.</p>");
        }

        html.Append("<h2>All series</h2><form class=\"filters\" method=\"get\" action=\"/metrics\"><label>Resource<select name=\"resource\" onchange=\"this.form.submit()\">")
            .Append(Html.Option(string.Empty, "All", service));
        foreach (var name in store.Services())
        {
            html.Append(Html.Option(name, name, service));
        }

        html.Append("</select></label></form>");
        var series = store.Series(string.IsNullOrEmpty(service) ? null : service);
        if (series.Count == 0)
        {
            return html.Append("<p class=\"muted\">No metrics received.</p>").ToString();
        }

        html.Append("<table id=\"series\"><thead><tr><th>Resource</th><th>Metric</th><th>Attributes</th><th class=\"num\">Latest</th><th>Unit</th><th>Recent</th></tr></thead><tbody>");
        foreach (var s in series)
        {
            html.Append("<tr><td>").Append(Html.E(s.ServiceName)).Append("</td><td title=\"").Append(Html.E(s.Description)).Append("\">").Append(Html.E(s.Name)).Append("</td>")
                .Append("<td class=\"kv\">").Append(Html.E(s.AttributeText)).Append("</td><td class=\"num\">").Append(Latest(s)).Append("</td>")
                .Append("<td>").Append(Html.E(s.Unit)).Append("</td><td>").Append(Sparkline(s)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Latest(MetricSeries series) => series.Latest switch
    {
        null => "—",
        { } point when series.Kind == MetricKind.Histogram =>
            $"count {point.Count}, mean {Format.Number(point.Count == 0 ? null : point.Value / point.Count, "0.####")}",
        { } point => Format.Number(point.Value, "0.###"),
    };

    private static string Sparkline(MetricSeries series)
    {
        var values = series.Points.Select(point => series.Kind == MetricKind.Histogram ? point.Count : point.Value).ToList();
        if (values.Count < 2)
        {
            return string.Empty;
        }

        const double Width = 120, Height = 20;
        var min = values.Min();
        var range = Math.Max(values.Max() - min, 1e-9);
        var points = values.Select((value, i) =>
            $"{(i * Width / (values.Count - 1)).ToString("0.#", CultureInfo.InvariantCulture)},{(Height - ((value - min) / range * Height)).ToString("0.#", CultureInfo.InvariantCulture)}");
        return $"<svg class=\"spark\" width=\"{Width}\" height=\"{Height}\"><polyline fill=\"none\" stroke=\"#2f5fd0\" stroke-width=\"1.5\" points=\"{string.Join(' ', points)}\"/></svg>";
    }
}
