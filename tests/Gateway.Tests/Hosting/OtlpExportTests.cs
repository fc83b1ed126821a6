using System.Net.WebSockets;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Hosting;

public sealed class OtlpExportTests : IAsyncLifetime
{
    private FakeOdoo _odoo = null!;
    private OtlpCollector _collector = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _collector = await OtlpCollector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task The_gateways_websocket_and_upstream_error_metrics_and_its_spans_reach_the_otlp_collector()
    {
        await using (var gateway = await GatewayInstance.StartAsync(_odoo, _collector.GatewaySettings))
        {
            using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress("/websocket/otlp-export"));
            await socket.SendTextAsync("hello");
            Assert.Equal("hello", await socket.ReceiveTextAsync());
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestTimeouts.StepToken());
            using var client = TestClients.Http(gateway.Address);
            using var odooDown = await client.GetAsync("/status/503");
            Assert.Equal(503, (int)odooDown.StatusCode);
        }

        // Stopping the gateway flushes its telemetry: everything has been exported once it is disposed.
        var summary = _collector.Summary();
        Assert.True(_collector.Received(OtlpCollector.MetricsPath, "odooaspire.gateway.websocket.active_sessions"), summary);
        Assert.True(_collector.Received(OtlpCollector.MetricsPath, "odooaspire.gateway.websocket.messages"), summary);
        Assert.True(_collector.Received(OtlpCollector.MetricsPath, "odooaspire.gateway.websocket.bytes"), summary);
        Assert.True(_collector.Received(OtlpCollector.MetricsPath, "odooaspire.gateway.websocket.session.duration"), summary);
        Assert.True(_collector.Received(OtlpCollector.MetricsPath, "odooaspire.gateway.upstream.errors"), summary);
        Assert.True(_collector.Received(OtlpCollector.TracesPath, "websocket.session"), summary);
        Assert.True(_collector.Received(OtlpCollector.TracesPath, "GET /websocket/otlp-export"), summary);
        Assert.True(_collector.Received(OtlpCollector.TracesPath, "GET /status/503"), summary);
    }
}
