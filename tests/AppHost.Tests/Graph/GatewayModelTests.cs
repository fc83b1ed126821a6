using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting;

namespace OdooAspire.AppHost.Tests.Graph;

/// <summary>What the AppHost gives the gateway: Odoo's two endpoints, its own bound ports, no trust in clients' forwarded headers.</summary>
public sealed class GatewayModelTests
{
    [Fact]
    public async Task The_gateway_sends_websockets_to_odoos_gevent_endpoint_and_everything_else_to_its_http_endpoint()
    {
        await using var model = await AppHostModel.CreateAsync();

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("{odoo.http}", environment["Odoo__HttpUrl"]);
        Assert.Equal("{odoo.websocket}", environment["Odoo__WebsocketUrl"]);
        Assert.Equal("2", environment["Odoo__Workers"]);
        Assert.Empty(model.Resource("gateway").Annotations.OfType<NoticeAnnotation>());
    }

    [Fact]
    public async Task The_misrouted_setup_sends_websockets_to_odoos_http_port_and_says_that_livechat_is_not_real_time()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:WebsocketRoute", "HttpPort");

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("{odoo.http}", environment["Odoo__WebsocketUrl"]);
        var notice = Assert.Single(model.Resource("gateway").Annotations.OfType<NoticeAnnotation>());
        Assert.Contains("LiveChat is NOT real-time", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_is_the_edge_and_trusts_no_forwarded_headers_a_client_sends()
    {
        await using var model = await AppHostModel.CreateAsync();

        var environment = await model.EnvironmentAsync("gateway");

        // Aspire turns ASP.NET Core's forwarded-headers middleware on for projects (when published); not for this one.
        Assert.Single(model.Resource("gateway").Annotations.OfType<DisableForwardedHeadersAnnotation>());
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", environment.Keys);
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", environment.Keys);
        Assert.DoesNotContain("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", environment.Keys);
    }

    [Fact]
    public async Task No_endpoint_of_the_graph_adds_an_orchestrator_proxy_hop()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:Https", "true");

        var endpoints = new[] { "postgres", "odoo", "gateway" }.SelectMany(model.Endpoints).ToList();

        Assert.Equal(["tcp", "http", "websocket", "http", "sessions", "https"], endpoints.Select(e => e.Name));
        Assert.All(endpoints, e => Assert.False(e.IsProxied, $"{e.Name} is proxied"));
    }

    [Fact]
    public async Task A_fixed_gateway_port_is_the_port_the_gateway_binds()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:Port", "18080");

        var http = Assert.Single(model.Endpoints("gateway"), e => e.Name == "http");

        Assert.Equal((18080, 18080), (http.Port, http.TargetPort));
    }

    [Fact]
    public async Task Gateway_settings_other_than_the_apphosts_own_reach_the_gateway_as_its_configuration()
    {
        await using var model = await AppHostModel.CreateAsync(
            "--Gateway:WebSocketIdleTimeout", "00:05:00", "--Gateway:Tls:CertificatePath", "/tmp/gateway.crt", "--Gateway:Port", "18081");

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("00:05:00", environment["Gateway__WebSocketIdleTimeout"]);
        Assert.Equal("/tmp/gateway.crt", environment["Gateway__Tls__CertificatePath"]);
        Assert.DoesNotContain("Gateway__Port", environment.Keys);
    }

    [Fact]
    public async Task Odoo_environment_settings_become_variables_of_the_odoo_process()
    {
        await using var model = await AppHostModel.CreateAsync("--Odoo:Environment:ODOO_BUS_PUBLIC_SAMESITE_WS", "1");

        var environment = await model.EnvironmentAsync("odoo");

        Assert.Equal("1", environment["ODOO_BUS_PUBLIC_SAMESITE_WS"]);
    }
}
