using System.Net;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Routing;

public sealed class BlockedPathTests : IAsyncLifetime
{
    private FakeOdoo _odoo = null!;
    private GatewayInstance _gateway = null!;

    public async Task InitializeAsync()
    {
        _odoo = await FakeOdoo.StartAsync();
        _gateway = await GatewayInstance.StartAsync(_odoo, ("Gateway:BlockedPaths:0", "/web/debug-tools"));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _odoo.DisposeAsync();
    }

    [Theory]
    [InlineData("/web/database/manager")]
    [InlineData("/web/database/selector")]
    [InlineData("/WEB/Database/drop")]
    [InlineData("/web/debug-tools")]
    [InlineData("/web/debug-tools/x")]
    public async Task Blocked_paths_get_404_without_reaching_odoo(string path)
    {
        using var client = TestClients.Http(_gateway.Address);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_odoo.Requests, request => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/web/databases")]
    [InlineData("/web/login")]
    public async Task Paths_that_only_share_a_prefix_still_reach_odoo(string path)
    {
        using var client = TestClients.Http(_gateway.Address);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_odoo.RequestsTo(path));
    }

    [Fact]
    public async Task The_database_manager_can_be_allowed()
    {
        await using var gateway = await GatewayInstance.StartAsync(_odoo, ("Gateway:BlockDatabaseManager", "false"));
        using var client = TestClients.Http(gateway.Address);

        using var response = await client.GetAsync("/web/database/list-allowed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
