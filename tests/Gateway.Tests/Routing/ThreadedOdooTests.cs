using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Routing;

public sealed class ThreadedOdooTests
{
    [Fact]
    public async Task With_workers_0_websockets_go_to_the_http_port_and_no_gevent_url_is_needed()
    {
        await using var odoo = await FakeOdoo.StartAsync(threaded: true);
        await using var gateway = await GatewayInstance.StartAsync(odoo);
        Assert.Null(odoo.WebsocketUrl);

        using var socket = await TestClients.ConnectAsync(gateway.WebSocketAddress());
        await socket.SendTextAsync("hello");
        using var client = TestClients.Http(gateway.Address);
        var body = await client.GetStringAsync("/web/login");

        Assert.Equal("hello", await socket.ReceiveTextAsync());
        Assert.All(odoo.Requests, request => Assert.Equal(FakeOdoo.HttpPortName, request.Port));
        Assert.Contains(odoo.RequestsTo("/websocket"), request => request.Headers.ContainsKey("Sec-WebSocket-Key"));
        Assert.Equal("""{"port":"http","path":"/web/login"}""", body);
    }

    [Fact]
    public async Task A_gateway_routing_websockets_to_the_http_port_of_multi_process_odoo_gets_odoos_500()
    {
        // The bug this project exists for: multi-process Odoo refuses the upgrade on its HTTP port.
        await using var odoo = await FakeOdoo.StartAsync();
        await using var gateway = await GatewayInstance.StartAsync(odoo, ("Odoo:WebsocketUrl", odoo.HttpUrl));

        var failure = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => TestClients.ConnectAsync(gateway.WebSocketAddress()));

        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
    }
}
