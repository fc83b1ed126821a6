using OdooAspire.Dashboard.Storage;
using OdooAspire.Dashboard.Telemetry;
using static OdooAspire.Dashboard.Tests.Infrastructure.SpanFactory;

namespace OdooAspire.Dashboard.Tests.Storage;

public sealed class WebSocketSessionStoreTests
{
    [Fact]
    public void Only_the_gateway_session_spans_become_sessions_and_the_newest_are_kept()
    {
        var store = new WebSocketSessionStore(new TelemetryLimits(1, 1, 1, 1, 1, MaxWebSocketSessions: 2));
        store.AddFrom([
            Session("t1", "/websocket?1"),
            Span("t1", "http"),
            Span("t2", "other", name: GatewayWebSocketTags.SessionSpanName, scope: "Some.Other.Source"),
            Session("t3", "/websocket?3"),
            Session("t4", "/websocket?4"),
        ]);

        var page = store.Query(null, 0, 10);
        Assert.Equal(["/websocket?4", "/websocket?3"], page.Items.Select(session => session.Path));
        Assert.Equal(12, page.Items[0].MessagesToClient);
        Assert.Single(store.Query("?3", 0, 10).Items);
    }

    private static SpanData Session(string traceId, string path) =>
        Span(traceId, "ws" + traceId, name: GatewayWebSocketTags.SessionSpanName, scope: GatewayWebSocketTags.ActivitySourceName, kind: SpanKindName.Internal,
            attributes: [(GatewayWebSocketTags.Path, path), (GatewayWebSocketTags.MessagesOdooToClient, "12"), (GatewayWebSocketTags.MessagesClientToOdoo, "4")]);
}
