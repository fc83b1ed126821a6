using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Hosting;

namespace OdooAspire.Gateway.Tests.Options;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData(new string[0], "Set Odoo:HttpUrl (e.g. --Odoo:HttpUrl http://127.0.0.1:8069).")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069" }, "Set Odoo:WebsocketUrl to Odoo's gevent port (e.g. --Odoo:WebsocketUrl http://127.0.0.1:8072), or --Odoo:Workers 0 for threaded Odoo.")]
    [InlineData(new[] { "--Odoo:HttpUrl", "localhost:8069", "--Odoo:Workers", "0" }, "Odoo:HttpUrl 'localhost:8069' is not an absolute http:// or https:// URL (e.g. http://127.0.0.1:8069).")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "-1" }, "Odoo:Workers is -1; use 0 for threaded Odoo or the number of Odoo HTTP workers (e.g. 2).")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--Gateway:WebSocketIdleTimeout", "00:00:00" }, "Gateway:WebSocketIdleTimeout is 00:00:00; use a positive duration such as 00:12:00.")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--Gateway:BlockedPaths:0", "web/database" }, "Gateway:BlockedPaths entry 'web/database' must be a path starting with '/' (e.g. /web/database).")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--Gateway:Tls:CertificatePath", "/nonexistent/gateway.pem" }, "Gateway:Tls:CertificatePath '/nonexistent/gateway.pem' does not exist.")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--Gateway:Sessions:Capacity", "0" }, "Gateway:Sessions:Capacity is 0; use a positive number of ended sessions to keep (default 200).")]
    [InlineData(new[] { "--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--Gateway:Sessions:Port", "70000" }, "Gateway:Sessions:Port 70000 is not a TCP port; use 1-65535 (0 picks a free one), or remove it to turn the sessions page off.")]
    public void Bad_configuration_stops_the_start_with_a_message_that_says_what_to_do(string[] args, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => GatewayApp.Build([.. args, "--urls", "http://127.0.0.1:0"]));

        Assert.Contains(message, failure.Failures);
    }

    [Fact]
    public async Task Threaded_odoo_needs_no_websocket_url()
    {
        await using var app = GatewayApp.Build(["--Odoo:HttpUrl", "http://127.0.0.1:8069", "--Odoo:Workers", "0", "--urls", "http://127.0.0.1:0"]);

        Assert.NotNull(app);
    }
}
