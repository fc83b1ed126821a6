using System.Net;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Hosting;

public sealed class HostFilteringTests : IAsyncLifetime
{
    private FakeOdoo _odoo = null!;
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _gateway = await GatewayInstance.StartAsync(_odoo, ("Gateway:ServerNames:0", "odoo.example.com"), ("Gateway:ServerNames:1", "*.shop.example.com"));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Theory]
    [InlineData("odoo.example.com")]
    [InlineData("odoo.example.com:8080")]
    [InlineData("eu.shop.example.com")]
    public async Task Listed_server_names_are_served(string host)
    {
        using var client = TestClients.Http(_gateway.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/login");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example.com")]
    [InlineData("127.0.0.1")]
    public async Task Other_hosts_get_400_without_reaching_odoo(string host)
    {
        using var client = TestClients.Http(_gateway.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/web/filtered-" + host);
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_odoo.RequestsTo("/web/filtered-" + host));
    }
}
