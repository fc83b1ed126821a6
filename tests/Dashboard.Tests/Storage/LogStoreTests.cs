using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;
using static OdooAspire.Dashboard.Tests.Infrastructure.SpanFactory;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class LogStoreTests
{
    [Fact]
    public void Only_the_newest_records_are_kept_and_the_dropped_ones_are_counted()
    {
        var store = new LogStore(new TelemetryLimits(1, 1, MaxLogEntries: 3, 1, 1, 1));
        store.Add(Enumerable.Range(0, 5).Select(i => Log($"m{i}")).ToList());

        var page = store.Query(LogQuery.All, 0, 10);
        Assert.Equal(["m4", "m3", "m2"], page.Items.Select(entry => entry.Message));
        Assert.Equal(2, store.Dropped);
    }

    [Fact]
    public void Level_filter_keeps_the_level_and_above_and_text_and_trace_filters_combine()
    {
        var store = new LogStore(new TelemetryLimits(1, 1, 100, 1, 1, 1));
        store.Add([
            Log("debug noise", LogSeverity.Debug),
            Log("upstream slow", LogSeverity.Warning, traceId: "abc"),
            Log("upstream down", LogSeverity.Error, service: "odoo"),
            Log("fatal", LogSeverity.Critical),
        ]);

        Assert.Equal(["fatal", "upstream down", "upstream slow"], Messages(store, LogQuery.All with { MinimumSeverity = LogSeverity.Warning }));
        Assert.Equal(["upstream down"], Messages(store, new LogQuery("odoo", LogSeverity.Unspecified, "UPSTREAM", null)));
        Assert.Equal(["upstream slow"], Messages(store, LogQuery.All with { TraceId = "abc" }));
    }

    private static string[] Messages(LogStore store, LogQuery query) => store.Query(query, 0, 10).Items.Select(entry => entry.Message).ToArray();
}
