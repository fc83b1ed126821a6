using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Headers;

public sealed class ForwardedHeadersTests(OdooGatewayFixture fixture) : IClassFixture<OdooGatewayFixture>
{
    [Fact]
    public async Task Odoo_gets_the_clients_host_scheme_and_address_as_proxy_mode_expects()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/headers-1");
        request.Headers.Host = "shop.example.com:8080";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Real-IP", "198.51.100.1");
        request.Headers.Add("X-Forwarded-Host", "spoofed.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("Origin", "https://shop.example.com:8080");

        using var response = await client.SendAsync(request);

        var seen = Assert.Single(fixture.Odoo.RequestsTo("/web/headers-1")).Headers;
        Assert.Equal("shop.example.com:8080", seen["X-Forwarded-Host"]);
        Assert.Equal("203.0.113.7, 127.0.0.1", seen["X-Forwarded-For"]);
        Assert.Equal("http", seen["X-Forwarded-Proto"]);
        Assert.Equal("127.0.0.1", seen["X-Real-IP"]);
        Assert.Equal("https://shop.example.com:8080", seen["Origin"]);
        Assert.Equal("shop.example.com:8080", seen["Host"]);
    }

    [Fact]
    public async Task Without_forwarded_headers_from_the_client_the_gateway_sets_them_from_the_connection()
    {
        using var client = TestClients.Http(fixture.Gateway.Address);

        using var response = await client.GetAsync("/web/headers-2");

        var seen = Assert.Single(fixture.Odoo.RequestsTo("/web/headers-2")).Headers;
        Assert.Equal(fixture.Gateway.Address.Authority, seen["X-Forwarded-Host"]);
        Assert.Equal("127.0.0.1", seen["X-Forwarded-For"]);
        Assert.Equal("http", seen["X-Forwarded-Proto"]);
        Assert.Equal("127.0.0.1", seen["X-Real-IP"]);
        Assert.False(seen.ContainsKey("Origin"));
    }

    [Fact]
    public async Task The_websocket_handshake_carries_the_forwarded_headers_and_the_untouched_origin()
    {
        using var socket = await TestClients.ConnectAsync(
            fixture.Gateway.WebSocketAddress("/websocket/headers-3?version=18.0-5"), origin: "http://odoo.example.com:8069");

        var seen = Assert.Single(fixture.Odoo.RequestsTo("/websocket/headers-3")).Headers;
        Assert.Equal(fixture.Gateway.Address.Authority, seen["X-Forwarded-Host"]);
        Assert.Equal("127.0.0.1", seen["X-Forwarded-For"]);
        Assert.Equal("http", seen["X-Forwarded-Proto"]);
        Assert.Equal("127.0.0.1", seen["X-Real-IP"]);
        Assert.Equal("http://odoo.example.com:8069", seen["Origin"]);
    }

    [Fact]
    public async Task With_PreserveHost_off_odoo_gets_its_own_address_as_host()
    {
        await using var gateway = await GatewayInstance.StartAsync(fixture.Odoo, ("Gateway:PreserveHost", "false"));
        using var client = TestClients.Http(gateway.Address);

        using var response = await client.GetAsync("/web/headers-4");

        var seen = Assert.Single(fixture.Odoo.RequestsTo("/web/headers-4")).Headers;
        Assert.Equal(new Uri(fixture.Odoo.HttpUrl).Authority, seen["Host"]);
        Assert.Equal(gateway.Address.Authority, seen["X-Forwarded-Host"]);
    }
}
