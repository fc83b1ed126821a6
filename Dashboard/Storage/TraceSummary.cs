using OdooAspire.Dashboard.Telemetry;

namespace OdooAspire.Dashboard.Storage;

/// <summary>One trace as the list shows it, computed from its spans.</summary>
internal sealed record TraceSummary(
    string TraceId,
    string RootName,
    string RootService,
    IReadOnlyList<string> Services,
    string? Route,
    string? HttpStatus,
    DateTimeOffset Start,
    TimeSpan Duration,
    int SpanCount,
    bool HasError)
{
    public static TraceSummary From(string traceId, IReadOnlyList<SpanData> spans)
    {
        var ids = new HashSet<string>(spans.Select(span => span.SpanId));
        var root = spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId))
            .OrderBy(span => span.StartTime).First();
        var start = spans.Min(span => span.StartTime);
        var end = spans.Max(span => span.EndTime);
        return new TraceSummary(
            traceId,
            root.Name,
            root.ServiceName,
            spans.Select(span => span.ServiceName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            RouteOf(root),
            root.Attribute("http.response.status_code"),
            start,
            end - start,
            spans.Count,
            spans.Any(IsError));
    }

    /// <summary>
    /// The route template, unless it is a catch-all (a proxy's <c>/{**catch-all}</c> says nothing): then the path requested.
    /// </summary>
    private static string? RouteOf(SpanData root)
    {
        var route = root.Attribute("http.route");
        var path = root.Attribute("url.path");
        return route is null || (path is not null && route.Contains("{*", StringComparison.Ordinal)) ? path ?? route : route;
    }

    private static bool IsError(SpanData span) => span.Status == SpanStatus.Error;
}
