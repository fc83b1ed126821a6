using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OdooAspire.Dashboard.Storage;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OdooAspire.Dashboard.Telemetry;
using OdooAspire.Dashboard.Tests.Infrastructure;
using OpenTelemetry.Exporter;

namespace OdooAspire.Dashboard.Tests.Otlp;

public sealed class OtlpReceiverTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    public static TheoryData<OtlpExportProtocol> Protocols => [OtlpExportProtocol.Grpc, OtlpExportProtocol.HttpProtobuf];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Spans_from_the_real_exporter_are_stored_by_trace_with_parent_service_and_attributes(OtlpExportProtocol protocol)
    {
        using var source = new ActivitySource($"Tests.Gateway.{Guid.NewGuid():N}");
        string traceId;
        using (RealExporter.Tracing(dashboard.Urls, protocol, "gateway", source.Name))
        {
            traceId = GatewayLikeSpans.ProxiedRequest(source, $"/web/{protocol}", 502);
        }

        await StoreWaiter.UntilAsync(dashboard.Stores.Traces.Changes,
            () => dashboard.Stores.Traces.Get(traceId)?.Count == 2,
            () => $"{dashboard.Stores.Traces.TraceCount} traces");

        var spans = dashboard.Stores.Traces.Get(traceId)!;
        var server = spans.Single(span => span.Kind == SpanKindName.Server);
        var client = spans.Single(span => span.Kind == SpanKindName.Client);
        Assert.Equal("gateway", server.ServiceName);
        Assert.Equal(source.Name, server.ScopeName);
        Assert.Null(server.ParentSpanId);
        Assert.Equal(server.SpanId, client.ParentSpanId);
        Assert.Equal($"/web/{protocol}", server.Attribute("http.route"));
        Assert.Equal("502", server.Attribute("http.response.status_code"));
        Assert.Equal(SpanStatus.Error, server.Status);
        Assert.True(server.Duration >= client.Duration);
        var summary = Assert.Single(dashboard.Stores.Traces.Query(new TraceQuery("gateway", $"/web/{protocol}", TraceStatusFilter.Error, null), 0, 10).Items);
        Assert.Equal(traceId, summary.TraceId);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_gateway_websocket_session_span_becomes_a_session_with_counts_each_way(OtlpExportProtocol protocol)
    {
        using var gateway = new ActivitySource($"Tests.Gateway.{Guid.NewGuid():N}");
        var path = $"/websocket?test={Guid.NewGuid():N}";
        (string TraceId, string SpanId) ids;
        using (RealExporter.Tracing(dashboard.Urls, protocol, "gateway", gateway.Name, GatewayWebSocketTags.ActivitySourceName))
        {
            ids = GatewayLikeSpans.WebSocketSession(gateway, path, fromClient: 3, toClient: 7);
        }

        await StoreWaiter.UntilAsync(dashboard.Stores.WebSocketSessions.Changes,
            () => dashboard.Stores.WebSocketSessions.Find(ids.TraceId, ids.SpanId) is not null,
            () => $"{dashboard.Stores.WebSocketSessions.Query(null, 0, 1).TotalMatches} sessions");

        var session = dashboard.Stores.WebSocketSessions.Find(ids.TraceId, ids.SpanId)!;
        Assert.Equal(path, session.Path);
        Assert.Equal("127.0.0.1:50123", session.ClientAddress);
        Assert.Equal(3, session.MessagesFromClient);
        Assert.Equal(7, session.MessagesToClient);
        Assert.Equal(300, session.BytesFromClient);
        Assert.Equal(1750, session.BytesToClient);
        Assert.Equal("1000", session.CloseCode);
        Assert.Equal("client_closed", session.EndReason);
        Assert.InRange(session.Duration, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Log_records_from_the_real_exporter_keep_level_message_attributes_and_trace(OtlpExportProtocol protocol)
    {
        var marker = Guid.NewGuid().ToString("N");
        using var source = new ActivitySource($"Tests.Logs.{marker}");
        using var listener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var loggerFactory = RealExporter.Logging(dashboard.Urls, protocol, "odoo-sim"))
        using (var activity = source.StartActivity("request"))
        {
            traceId = activity!.TraceId.ToHexString();
            loggerFactory.CreateLogger("Tests.Bus").LogWarning("Bus notification {Marker} took {Elapsed} ms", marker, 1234);
        }

        var query = new LogQuery(null, LogSeverity.Unspecified, marker, null);
        await StoreWaiter.UntilAsync(dashboard.Stores.Logs.Changes,
            () => dashboard.Stores.Logs.Query(query, 0, 10).TotalMatches == 1,
            () => $"{dashboard.Stores.Logs.Count} log records");

        var entry = Assert.Single(dashboard.Stores.Logs.Query(query, 0, 10).Items);
        Assert.Equal("odoo-sim", entry.ServiceName);
        Assert.Equal(LogSeverity.Warning, entry.Severity);
        Assert.Equal("Tests.Bus", entry.Category);
        Assert.Equal($"Bus notification {marker} took 1234 ms", entry.Message);
        Assert.Contains(new KeyValuePair<string, string>("Elapsed", "1234"), entry.Attributes);
        Assert.Equal(traceId, entry.TraceId);
        Assert.Empty(dashboard.Stores.Logs.Query(query with { MinimumSeverity = LogSeverity.Error }, 0, 10).Items);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Metrics_from_the_real_exporter_give_series_request_rate_and_latency_percentiles(OtlpExportProtocol protocol)
    {
        var service = $"metrics-{protocol}-{Guid.NewGuid():N}";
        using var meter = new Meter($"Tests.Meter.{Guid.NewGuid():N}");
        var requests = meter.CreateCounter<long>("tests.requests");
        // The bucket boundaries ASP.NET Core advises for this metric.
        var duration = meter.CreateHistogram(TrafficSummaryCalculator.RequestDurationMetric, "s", null, null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
        var active = meter.CreateUpDownCounter<long>(GatewayWebSocketTags.ActiveSessionsMetric);
        using (var provider = RealExporter.Metrics(dashboard.Urls, protocol, service, meter))
        {
            requests.Add(40);
            active.Add(3);
            for (var i = 0; i < 100; i++)
            {
                duration.Record(0.008);
            }

            Assert.True(provider.ForceFlush());
            requests.Add(2);
            active.Add(-1);
            for (var i = 0; i < 100; i++)
            {
                duration.Record(0.008);
            }

            Assert.True(provider.ForceFlush());
        }

        await StoreWaiter.UntilAsync(dashboard.Stores.Metrics.Changes,
            () => dashboard.Stores.Metrics.Series(service, TrafficSummaryCalculator.RequestDurationMetric) is [{ Points.Count: >= 2 }],
            () => string.Join(", ", dashboard.Stores.Metrics.Series(service).Select(s => $"{s.Name}:{s.Points.Count}")));

        var counter = Assert.Single(dashboard.Stores.Metrics.Series(service, "tests.requests"));
        Assert.Equal(MetricKind.Sum, counter.Kind);
        Assert.Equal(42, counter.Latest!.Value);
        var histogram = Assert.Single(dashboard.Stores.Metrics.Series(service, TrafficSummaryCalculator.RequestDurationMetric));
        Assert.Equal(200UL, histogram.Latest!.Count);

        var summary = Assert.Single(TrafficSummaryCalculator.Compute(dashboard.Stores.Metrics, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)), s => s.ServiceName == service);
        Assert.Equal(2, summary.ActiveWebSockets);
        Assert.NotNull(summary.RequestsPerSecond);
        Assert.True(summary.RequestsPerSecond > 0);
        Assert.InRange(summary.P50Milliseconds!.Value, 5, 10);
        Assert.InRange(summary.P99Milliseconds!.Value, 5, 10);
    }
}
