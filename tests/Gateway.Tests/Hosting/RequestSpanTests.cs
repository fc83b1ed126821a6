using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Hosting;

public sealed class RequestSpanTests : IAsyncLifetime
{
    private const string RequestDuration = "http.server.request.duration";

    private readonly RequestActivityListener _requests = new();
    private FakeOdoo _odoo = null!;

    public async Task InitializeAsync() => _odoo = await FakeOdoo.StartAsync();

    public async Task DisposeAsync()
    {
        _requests.Dispose();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task A_proxied_request_span_is_named_after_its_path_without_the_query_instead_of_the_catch_all_route()
    {
        // With Odoo down the gateway's span is the only request span for the path (no Odoo span to tell apart).
        await using var gateway = await GatewayInstance.StartAsync(new Dictionary<string, string?>
        {
            ["Odoo:HttpUrl"] = ClosedPort.Url(),
            ["Odoo:WebsocketUrl"] = ClosedPort.Url(),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = ClosedPort.Url(),
        });
        using var client = TestClients.Http(gateway.Address);
        const string path = "/web/span-named-after-path";

        using var response = await client.GetAsync(path + "?debug=assets&token=secret");
        var span = await _requests.WaitForAsync(path);

        Assert.Equal("GET " + path, span.DisplayName);
        Assert.Equal(path, span.GetTagItem("http.route"));
        Assert.DoesNotContain("secret", span.DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_websocket_upgrade_span_is_named_after_its_path_and_parents_the_session_span()
    {
        using var sessions = new SessionActivityListener();
        await using var gateway = await GatewayInstance.StartAsync(_odoo, ("OTEL_EXPORTER_OTLP_ENDPOINT", ClosedPort.Url()));
        const string path = "/websocket/span-parent";
        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress(path + "?version=18.0-5"));
        await socket.SendTextAsync("hello");
        Assert.Equal("hello", await socket.ReceiveTextAsync());
        await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", TestTimeouts.StepToken());

        var session = await sessions.WaitForSessionAsync(path);
        var upgrade = await _requests.WaitForAsync(path, span => span.SpanId == session.ParentSpanId);

        // The fake Odoo's own span for the path is a descendant of the gateway's, so it started later.
        Assert.DoesNotContain(_requests.Seen(path), span => span.TraceId == upgrade.TraceId && span.StartTimeUtc < upgrade.StartTimeUtc);
        Assert.Equal("GET " + path, upgrade.DisplayName);
        Assert.Equal(upgrade.TraceId, session.TraceId);
        Assert.InRange(session.StartTimeUtc, upgrade.StartTimeUtc, upgrade.StartTimeUtc + upgrade.Duration);
    }

    [Fact]
    public async Task Request_metrics_keep_the_bounded_route_template_while_spans_show_the_path()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo, ("OTEL_EXPORTER_OTLP_ENDPOINT", ClosedPort.Url()));
        using var metrics = new GatewayMetrics(gateway);
        using var client = TestClients.Http(gateway.Address);

        foreach (var path in new[] { "/web/assets/1a2b3c/web.assets_frontend.min.js", "/web/assets/4d5e6f/web.assets_frontend.min.css" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode);
        }

        // ASP.NET Core records the request metric after the response is sent.
        var measurements = await metrics.WaitForAsync(RequestDuration, count: 2);

        Assert.All(measurements, measurement => Assert.Equal("/{**catch-all}", measurement.Tags.GetValueOrDefault("http.route")));
    }
}
