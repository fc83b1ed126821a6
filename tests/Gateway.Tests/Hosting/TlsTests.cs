using System.Net;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Hosting;

public sealed class TlsTests : IAsyncLifetime
{
    private FakeOdoo _odoo = null!;
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _gateway = await GatewayInstance.StartAsync(
            _odoo,
            ("urls", "http://127.0.0.1:0;https://127.0.0.1:0"),
            ("Gateway:Tls:CertificatePath", TestCertificate.CertificatePath),
            ("Gateway:Tls:KeyPath", TestCertificate.KeyPath),
            ("Gateway:HttpsRedirect", "true"),
            ("Gateway:Hsts", "true"),
            ("Gateway:HstsMaxAge", "1.00:00:00"));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Fact]
    public async Task Https_is_terminated_with_the_configured_pem_certificate_and_odoo_is_told_the_scheme()
    {
        using var client = TestClients.Http(_gateway.HttpsAddress!);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/tls-1");
        request.Headers.Host = "odoo.example.com:" + _gateway.HttpsAddress!.Port;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = Assert.Single(_odoo.RequestsTo("/web/tls-1")).Headers;
        Assert.Equal("https", seen["X-Forwarded-Proto"]);
        Assert.Equal("odoo.example.com:" + _gateway.HttpsAddress.Port, seen["X-Forwarded-Host"]);
        Assert.Equal("127.0.0.1", seen["X-Forwarded-For"]);
        Assert.Equal("127.0.0.1", seen["X-Real-IP"]);
        Assert.Equal("max-age=86400", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Secure_websockets_pass_through_the_gateway()
    {
        using var socket = await TestClients.ConnectAsync(new Uri($"wss://{_gateway.HttpsAddress!.Authority}/websocket?version=18.0-5"));

        await socket.SendTextAsync("over tls");

        Assert.Equal("over tls", await socket.ReceiveTextAsync());
        var upgrade = _odoo.RequestsTo("/websocket").Last(request => request.Headers.ContainsKey("Sec-WebSocket-Key"));
        Assert.Equal("https", upgrade.Headers["X-Forwarded-Proto"]);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_without_reaching_odoo()
    {
        using var client = TestClients.Http(_gateway.HttpAddress!);

        using var response = await client.GetAsync("/web/tls-redirect?x=1");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri(_gateway.HttpsAddress!, "/web/tls-redirect?x=1"), response.Headers.Location);
        Assert.Empty(_odoo.RequestsTo("/web/tls-redirect"));
    }
}
