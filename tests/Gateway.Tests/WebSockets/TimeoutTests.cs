using System.Diagnostics;
using System.Net;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.WebSockets;

public sealed class TimeoutTests : IAsyncLifetime
{
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    private FakeOdoo _odoo = null!;
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _gateway = await GatewayInstance.StartAsync(
            _odoo,
            ("Gateway:HttpRequestTimeout", HttpTimeout.ToString()),
            ("Gateway:WebSocketIdleTimeout", IdleTimeout.ToString()));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task An_idle_websocket_outlives_the_http_timeout_and_is_dropped_after_its_idle_timeout()
    {
        using var socket = await TestClients.ConnectAsync(_gateway.WebSocketAddress());

        // Stay silent for three HTTP timeouts: the websocket must survive them.
        await Task.Delay(HttpTimeout * 3);
        await socket.SendTextAsync("still there?");
        Assert.Equal("still there?", await socket.ReceiveTextAsync());
        var lastActivity = Stopwatch.StartNew();

        var end = await socket.ReceiveTextAsync();

        Assert.Null(end);
        Assert.InRange(lastActivity.Elapsed, IdleTimeout - TimeSpan.FromMilliseconds(200), IdleTimeout + TestTimeouts.Step);
    }

    [Fact]
    public async Task An_http_request_slower_than_its_timeout_gets_504_and_a_faster_one_succeeds()
    {
        using var client = TestClients.Http(_gateway.Address);

        using var fast = await client.GetAsync("/slow/50");
        using var slow = await client.GetAsync($"/slow/{(int)(HttpTimeout * 4).TotalMilliseconds}");

        Assert.Equal(HttpStatusCode.OK, fast.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.StatusCode);
        Assert.Contains("Odoo is taking too long", await slow.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
