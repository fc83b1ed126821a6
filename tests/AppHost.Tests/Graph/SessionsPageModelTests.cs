using Aspire.Hosting.ApplicationModel;
using OdooAspire.AppHost.Console;
using OdooAspire.AppHost.Gateway;

namespace OdooAspire.AppHost.Tests.Graph;

/// <summary>The gateway's websocket sessions page: an endpoint of its own, on loopback, never on the proxied port.</summary>
public sealed class SessionsPageModelTests
{
    [Fact]
    public async Task The_sessions_page_is_an_http_endpoint_of_its_own_on_127_0_0_1_bound_by_the_gateway_without_an_orchestrator_proxy()
    {
        await using var model = await AppHostModel.CreateAsync();

        var sessions = Assert.Single(model.Endpoints("gateway"), e => e.Name == GatewaySessionsPage.EndpointName);

        Assert.Equal(("http", "127.0.0.1", false), (sessions.UriScheme, sessions.TargetHost, sessions.IsProxied));
        Assert.Null(sessions.Port);
    }

    [Fact]
    public async Task The_sessions_port_reaches_the_gateway_as_its_own_setting_and_never_joins_the_urls_kestrel_proxies_on()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:Https", "true");

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("{gateway.sessions.TargetPort}", environment["Gateway__Sessions__Port"]);
        Assert.Contains("gateway.bindings.http.", environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
        Assert.Contains("gateway.bindings.https.", environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
        Assert.DoesNotContain("sessions", environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_sessions_port_is_the_port_the_gateway_binds_for_the_page()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:SessionsPort", "18090");

        var sessions = Assert.Single(model.Endpoints("gateway"), e => e.Name == GatewaySessionsPage.EndpointName);
        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal((18090, 18090), (sessions.Port, sessions.TargetPort));
        Assert.DoesNotContain("Gateway__SessionsPort", environment.Keys);
    }

    [Fact]
    public async Task The_number_of_ended_sessions_the_page_keeps_is_passed_to_the_gateway()
    {
        await using var model = await AppHostModel.CreateAsync("--Gateway:Sessions:Capacity", "50");

        var environment = await model.EnvironmentAsync("gateway");

        Assert.Equal("50", environment["Gateway__Sessions__Capacity"]);
    }

    [Fact]
    public async Task Setting_the_gateways_own_port_key_in_the_apphost_is_refused_with_the_key_to_use()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => AppHostModel.CreateAsync("--Gateway:Sessions:Port", "18091"));

        Assert.Contains("Gateway:SessionsPort", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_names_the_page_in_the_gateways_row_and_the_console_prints_it_as_websockets()
    {
        await using var model = await AppHostModel.CreateAsync();

        var urls = await model.EndpointUrlsAsync("gateway");
        var consoleLines = model.Resource("gateway").Annotations.OfType<ConsoleUrlAnnotation>().ToList();

        Assert.Equal("WebSocket sessions", Assert.Single(urls, u => u.Endpoint?.EndpointName == "sessions").DisplayText);
        Assert.Contains(consoleLines, line => line is { Label: "WebSockets", EndpointName: "sessions", Path: "" });
        Assert.All(consoleLines.Where(l => l.Label != "WebSockets"), l => Assert.NotEqual("sessions", l.EndpointName));
    }

    private static string Flatten(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);
}
