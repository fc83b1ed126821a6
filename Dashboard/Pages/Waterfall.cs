using System.Globalization;
using System.Text;
using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Pages;

/// <summary>Renders spans as a tree with bars on a shared time axis; each row expands to its attributes and events.</summary>
internal static class Waterfall
{
    public static string Render(IReadOnlyList<SpanData> spans)
    {
        var start = spans.Min(span => span.StartTime);
        var total = Math.Max((spans.Max(span => span.EndTime) - start).TotalMilliseconds, 0.001);
        var ids = spans.Select(span => span.SpanId).ToHashSet(StringComparer.Ordinal);
        var children = spans.Where(span => span.ParentSpanId is not null && ids.Contains(span.ParentSpanId))
            .ToLookup(span => span.ParentSpanId!, StringComparer.Ordinal);
        var roots = spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).OrderBy(span => span.StartTime);

        var html = new StringBuilder();
        var shown = new HashSet<SpanData>(ReferenceEqualityComparer.Instance);
        html.Append("<table class=\"waterfall\" id=\"waterfall\"><thead><tr><th>Span</th><th>Resource</th><th class=\"num\">Duration</th><th>Timeline</th></tr></thead><tbody>");
        foreach (var root in roots)
        {
            Append(html, root, 0, children, start, total, shown);
        }

        // Spans whose parents form a cycle (bad input) are not reachable from a root; show them flat rather than hide them.
        foreach (var orphan in spans.Where(span => !shown.Contains(span)))
        {
            Append(html, orphan, 0, children, start, total, shown);
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static void Append(StringBuilder html, SpanData span, int depth, ILookup<string, SpanData> children, DateTimeOffset start, double total, HashSet<SpanData> shown)
    {
        if (!shown.Add(span))
        {
            return;
        }

        var left = (span.StartTime - start).TotalMilliseconds / total * 100;
        var width = Math.Max(span.Duration.TotalMilliseconds / total * 100, 0.3);
        var css = span.Status == SpanStatus.Error ? "error"
            : WebSocketSessionReader.IsSession(span) ? "ws"
            : span.Kind == SpanKindName.Server ? "server"
            : span.Kind == SpanKindName.Client ? "client" : string.Empty;
        html.Append("<tr data-span=\"").Append(span.SpanId).Append("\"><td class=\"name\" style=\"padding-left:").Append(8 + (depth * 18)).Append("px\">")
            .Append("<details id=\"span-").Append(span.SpanId).Append("\"><summary>").Append(Html.E(span.Name))
            .Append(" <span class=\"muted\">").Append(span.Kind.ToString().ToLowerInvariant()).Append("</span>")
            .Append(span.Status == SpanStatus.Error ? " <span class=\"badge bad\">error</span>" : string.Empty)
            .Append("</summary>").Append(Details(span)).Append("</details></td>")
            .Append("<td>").Append(Html.E(span.ServiceName)).Append("</td>")
            .Append("<td class=\"num\">").Append(Format.Duration(span.Duration)).Append("</td>")
            .Append("<td class=\"bar\"><div class=\"track\"><div class=\"span ").Append(css).Append("\" style=\"left:")
            .Append(left.ToString("0.###", CultureInfo.InvariantCulture)).Append("%;width:")
            .Append(width.ToString("0.###", CultureInfo.InvariantCulture)).Append("%\"></div></div></td></tr>");
        foreach (var child in children[span.SpanId].OrderBy(child => child.StartTime))
        {
            Append(html, child, depth + 1, children, start, total, shown);
        }
    }

    private static string Details(SpanData span)
    {
        var html = new StringBuilder("<table class=\"kv\">");
        html.Append("<tr><td>span id</td><td>").Append(span.SpanId).Append("</td></tr>")
            .Append("<tr><td>scope</td><td>").Append(Html.E(span.ScopeName)).Append("</td></tr>")
            .Append("<tr><td>start</td><td>").Append(Format.Time(span.StartTime)).Append("</td></tr>");
        if (span.StatusMessage is not null)
        {
            html.Append("<tr><td>status</td><td>").Append(Html.E(span.StatusMessage)).Append("</td></tr>");
        }

        foreach (var (key, value) in span.Attributes)
        {
            html.Append("<tr><td>").Append(Html.E(key)).Append("</td><td>").Append(Html.E(value)).Append("</td></tr>");
        }

        foreach (var spanEvent in span.Events)
        {
            html.Append("<tr><td>event +").Append(Format.Duration(spanEvent.Time - span.StartTime)).Append("</td><td>").Append(Html.E(spanEvent.Name))
                .Append(Html.E(string.Concat(spanEvent.Attributes.Select(pair => $" {pair.Key}={pair.Value}")))).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }
}
