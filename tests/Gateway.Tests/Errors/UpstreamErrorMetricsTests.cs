using OdooAspire.Gateway.Errors;
using OdooAspire.Gateway.Tests.Infrastructure;

namespace OdooAspire.Gateway.Tests.Errors;

public sealed class UpstreamErrorMetricsTests
{
    [Fact]
    public async Task Odoo_down_counts_as_an_upstream_error_of_its_cluster()
    {
        await using var gateway = await GatewayInstance.StartAsync(new Dictionary<string, string?>
        {
            ["Odoo:HttpUrl"] = ClosedPort.Url(),
            ["Odoo:WebsocketUrl"] = ClosedPort.Url(),
        });
        using var metrics = new GatewayMetrics(gateway);
        using var client = TestClients.Http(gateway.Address);

        using var response = await client.GetAsync("/web/login");
        var error = Assert.Single(await metrics.WaitForAsync(UpstreamErrorTelemetry.ErrorsName, count: 1));

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("Request", error.Tags[UpstreamErrorTelemetry.ErrorTypeTag]);
        Assert.Equal("odoo-http", error.Tags[UpstreamErrorTelemetry.ClusterTag]);
    }

    [Fact]
    public async Task Odoos_own_503_counts_with_its_status_and_an_answer_of_odoo_does_not_count()
    {
        await using var odoo = await FakeOdoo.StartAsync();
        await using var gateway = await GatewayInstance.StartAsync(odoo);
        using var metrics = new GatewayMetrics(gateway);
        using var client = TestClients.Http(gateway.Address);

        using var fine = await client.GetAsync("/web/login");
        using var notFound = await client.GetAsync("/status/404");
        using var unavailable = await client.GetAsync("/status/503");
        var error = Assert.Single(await metrics.WaitForAsync(UpstreamErrorTelemetry.ErrorsName, count: 1));

        Assert.Equal("503", error.Tags[UpstreamErrorTelemetry.ErrorTypeTag]);
        Assert.Equal("odoo-http", error.Tags[UpstreamErrorTelemetry.ClusterTag]);
    }
}
