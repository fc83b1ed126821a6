using System.Net;
using System.Net.WebSockets;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Routing;

public sealed class RoutingTests(OdooGatewayFixture fixture) : IClassFixture<OdooGatewayFixture>
{
    [Theory]
    [InlineData("/web/login")]
    [InlineData("/im_livechat/init")]
    [InlineData("/websocketish")]
    [InlineData("/web/websocket")]
    public async Task Ordinary_paths_go_to_the_http_port(string path)
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        var body = await client.GetStringAsync(path);

        Assert.Equal($$"""{"port":"http","path":"{{path}}"}""", body);
    }

    [Theory]
    [InlineData("/websocket/health")]
    [InlineData("/websocket/any/deeper/path")]
    public async Task Websocket_paths_without_upgrade_go_to_the_gevent_port(string path)
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        using var response = await client.GetAsync(path);

        Assert.Contains(fixture.Odoo.RequestsTo(path), request => request.Port == FakeOdoo.GeventPortName);
        Assert.DoesNotContain(fixture.Odoo.RequestsTo(path), request => request.Port == FakeOdoo.HttpPortName);
    }

    [Fact]
    public async Task Websocket_upgrade_is_routed_to_the_gevent_port_and_frames_pass_both_ways()
    {
        using var socket = await TestClients.ConnectAsync(fixture.Gateway.WebSocketAddress());

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        await socket.SendTextAsync("""{"event_name":"subscribe","data":{"channels":[],"last":0}}""");
        Assert.Equal("""{"event_name":"subscribe","data":{"channels":[],"last":0}}""", await socket.ReceiveTextAsync());
        await socket.SendTextAsync("push:3");
        Assert.Equal("push-0", await socket.ReceiveTextAsync());
        Assert.Equal("push-1", await socket.ReceiveTextAsync());
        Assert.Equal("push-2", await socket.ReceiveTextAsync());
        var upgrades = fixture.Odoo.RequestsTo("/websocket").Where(request => request.Headers.ContainsKey("Sec-WebSocket-Key")).ToArray();
        Assert.NotEmpty(upgrades);
        Assert.All(upgrades, upgrade =>
        {
            Assert.Equal(FakeOdoo.GeventPortName, upgrade.Port);
            Assert.Equal("GET", upgrade.Method);
            Assert.Equal("websocket", upgrade.Headers["Upgrade"], ignoreCase: true);
        });

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestTimeouts.StepToken());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task Binary_and_large_messages_arrive_intact()
    {
        using var socket = await TestClients.ConnectAsync(fixture.Gateway.WebSocketAddress());
        var payload = new byte[300_000];
        new Random(42).NextBytes(payload);

        await socket.SendAsync(payload, WebSocketMessageType.Binary, true, TestTimeouts.StepToken());
        using var received = new MemoryStream();
        var buffer = new byte[65536];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, TestTimeouts.StepToken());
            received.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        Assert.Equal(WebSocketMessageType.Binary, result.MessageType);
        Assert.Equal(payload, received.ToArray());
    }

    [Fact]
    public async Task Health_endpoints_are_answered_by_the_gateway()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        using var alive = await client.GetAsync("/alive");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(fixture.Odoo.RequestsTo("/alive"));
    }
}
