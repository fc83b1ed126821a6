using Microsoft.Extensions.DependencyInjection;
using OdooAspire.Gateway.Tests.Infrastructure;
using Yarp.ReverseProxy;

namespace OdooAspire.Gateway.Tests.Routing;

public sealed class RouteSnapshotTests
{
    [Theory]
    [InlineData("2", "routes.multi-process.txt")]
    [InlineData("0", "routes.threaded.txt")]
    public async Task The_effective_routes_match_the_snapshot(string workers, string snapshot)
    {
        await using var gateway = await GatewayInstance.StartAsync(new Dictionary<string, string?>
        {
            ["Odoo:HttpUrl"] = "http://127.0.0.1:8069",
            ["Odoo:WebsocketUrl"] = workers == "0" ? null : "http://127.0.0.1:8072",
            ["Odoo:Workers"] = workers,
        });

        var actual = EffectiveRoutes.Render(gateway.App.Services.GetRequiredService<IProxyStateLookup>());

        var expected = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Snapshots", snapshot))).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"The routes changed; if intended, update Snapshots/{snapshot} to:\n{actual}");
    }

    [Fact]
    public async Task A_reverse_proxy_section_replaces_the_generated_route_with_the_same_id()
    {
        await using var gateway = await GatewayInstance.StartAsync(new Dictionary<string, string?>
        {
            ["Odoo:HttpUrl"] = "http://127.0.0.1:8069",
            ["Odoo:WebsocketUrl"] = "http://127.0.0.1:8072",
            ["ReverseProxy:Routes:odoo-http:ClusterId"] = "odoo-replica",
            ["ReverseProxy:Routes:odoo-http:Match:Path"] = "/{**catch-all}",
            ["ReverseProxy:Clusters:odoo-replica:Destinations:replica:Address"] = "http://127.0.0.1:9069",
        });

        var routes = EffectiveRoutes.Render(gateway.App.Services.GetRequiredService<IProxyStateLookup>());

        Assert.Contains("route odoo-http: /{**catch-all} -> odoo-replica\n", routes, StringComparison.Ordinal);
        Assert.Contains("route odoo-websocket: /websocket/{**rest} -> odoo-gevent\n", routes, StringComparison.Ordinal);
        Assert.Contains("  destination replica: http://127.0.0.1:9069\n", routes, StringComparison.Ordinal);
    }
}
