using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;
using static OdooAspire.Dashboard.Tests.Infrastructure.SpanFactory;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class TraceStoreTests
{
    private static TelemetryLimits Limits(int maxTraces = 100, int maxSpansPerTrace = 100) => new(maxTraces, maxSpansPerTrace, 10, 10, 10, 10);

    [Fact]
    public void The_oldest_trace_is_evicted_when_the_trace_limit_is_reached()
    {
        var store = new TraceStore(Limits(maxTraces: 3));
        for (var i = 0; i < 5; i++)
        {
            store.Add([Span($"t{i}", $"s{i}")]);
        }

        Assert.Equal(3, store.TraceCount);
        Assert.Null(store.Get("t0"));
        Assert.Null(store.Get("t1"));
        Assert.NotNull(store.Get("t4"));
        Assert.Equal(2, store.DroppedSpans);
    }

    [Fact]
    public void Spans_beyond_the_per_trace_limit_are_dropped_and_counted()
    {
        var store = new TraceStore(Limits(maxSpansPerTrace: 2));
        store.Add([Span("t", "a"), Span("t", "b", "a"), Span("t", "c", "a")]);

        Assert.Equal(2, store.Get("t")!.Count);
        Assert.Equal(1, store.DroppedSpans);
    }

    [Fact]
    public void Spans_of_one_trace_arriving_in_separate_batches_from_two_services_form_one_trace()
    {
        var store = new TraceStore(Limits());
        store.Add([Span("t", "gw", service: "gateway", durationMs: 50, attributes: ("http.route", "/web/login"))]);
        store.Add([Span("t", "odoo", "gw", service: "odoo", startMs: 5, durationMs: 30)]);

        var summary = Assert.Single(store.Query(TraceQuery.All, 0, 10).Items);
        Assert.Equal(2, summary.SpanCount);
        Assert.Equal(["gateway", "odoo"], summary.Services);
        Assert.Equal("gateway", summary.RootService);
        Assert.Equal("/web/login", summary.Route);
        Assert.Equal(TimeSpan.FromMilliseconds(50), summary.Duration);
    }

    [Fact]
    public void A_proxied_request_on_a_catch_all_route_is_listed_and_found_by_its_path()
    {
        var store = new TraceStore(Limits());
        store.Add([Span("proxied", "gw", service: "gateway", attributes: [("http.route", "/{**catch-all}"), ("url.path", "/im_livechat/init")])]);
        store.Add([Span("routed", "gw2", service: "gateway", startMs: 1, attributes: [("http.route", "/health"), ("url.path", "/health")])]);

        var found = Assert.Single(store.Query(new TraceQuery(null, "/im_livechat/init", TraceStatusFilter.Any, null), 0, 10).Items);
        Assert.Equal("/im_livechat/init", found.Route);
        var routed = Assert.Single(store.Query(new TraceQuery(null, "/health", TraceStatusFilter.Any, null), 0, 10).Items);
        Assert.Equal(("routed", "/health"), (routed.TraceId, routed.Route));
    }

    [Fact]
    public void The_query_filters_by_service_route_status_and_duration_and_pages_newest_first()
    {
        var store = new TraceStore(Limits());
        store.Add([Span("slow", "1", durationMs: 900, startMs: 1, attributes: ("http.route", "/web/dataset/call_kw"))]);
        store.Add([Span("error", "2", durationMs: 20, startMs: 2, status: SpanStatus.Error, attributes: ("http.route", "/web/login"))]);
        store.Add([Span("odoo", "3", service: "odoo", startMs: 3)]);
        for (var i = 0; i < 10; i++)
        {
            store.Add([Span($"bulk{i}", "x", startMs: 10 + i, attributes: ("http.route", "/bus/poll"))]);
        }

        Assert.Equal(["odoo"], Ids(store.Query(new TraceQuery("odoo", null, TraceStatusFilter.Any, null), 0, 50)));
        Assert.Equal(["error"], Ids(store.Query(new TraceQuery(null, null, TraceStatusFilter.Error, null), 0, 50)));
        Assert.Equal(["slow"], Ids(store.Query(new TraceQuery(null, "CALL_KW", TraceStatusFilter.Any, null), 0, 50)));
        Assert.Equal(["slow"], Ids(store.Query(new TraceQuery(null, null, TraceStatusFilter.Any, TimeSpan.FromMilliseconds(500)), 0, 50)));

        var second = store.Query(new TraceQuery(null, "/bus/poll", TraceStatusFilter.Ok, null), 4, 4);
        Assert.Equal(10, second.TotalMatches);
        Assert.Equal(["bulk5", "bulk4", "bulk3", "bulk2"], Ids(second));
        Assert.True(second.HasPrevious);
        Assert.True(second.HasNext);
    }

    [Fact]
    public void Listing_five_thousand_traces_of_four_spans_stays_fast()
    {
        var store = new TraceStore(new TelemetryLimits(5_000, 1_000, 10, 10, 10, 10));
        for (var i = 0; i < 5_000; i++)
        {
            store.Add([Span($"t{i}", "a", startMs: i), Span($"t{i}", "b", "a"), Span($"t{i}", "c", "b"), Span($"t{i}", "d", "a", service: "odoo")]);
        }

        var first = store.Query(TraceQuery.All, 0, 50);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var filtered = store.Query(new TraceQuery("odoo", "GET", TraceStatusFilter.Ok, null), 100, 50);
        watch.Stop();

        Assert.Equal(5_000, first.TotalMatches);
        Assert.Equal(50, filtered.Items.Count);
        // A generous bound that still catches a quadratic regression (summaries are cached per trace).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"query took {watch.Elapsed}");
    }

    private static string[] Ids(Page<TraceSummary> page) => page.Items.Select(trace => trace.TraceId).ToArray();
}
