using System.Net;
using OdooAspire.Gateway.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace OdooAspire.Gateway.Routing;

/// <summary>
/// Builds the two Odoo routes from the options: <c>/websocket</c> (and below) to the gevent port,
/// everything else to the HTTP port; threaded Odoo (workers 0) gets both on the HTTP port.
/// </summary>
internal static class OdooProxyConfigFactory
{
    public static OdooProxyConfig Create(OdooUpstreamOptions odoo, GatewayOptions gateway, ISet<string>? overriddenIds = null)
    {
        ArgumentNullException.ThrowIfNull(odoo);
        ArgumentNullException.ThrowIfNull(gateway);
        var httpUrl = odoo.HttpUrl ?? throw new InvalidOperationException("Odoo:HttpUrl is not set.");
        var websocketUrl = odoo.IsThreaded ? httpUrl : odoo.WebsocketUrl ?? throw new InvalidOperationException("Odoo:WebsocketUrl is not set.");

        RouteConfig[] routes =
        [
            new()
            {
                RouteId = OdooRouteNames.WebSocketRoute,
                ClusterId = OdooRouteNames.GeventCluster,
                Match = new RouteMatch { Path = OdooRouteNames.WebSocketPathPattern },
            },
            new()
            {
                RouteId = OdooRouteNames.HttpRoute,
                ClusterId = OdooRouteNames.HttpCluster,
                Match = new RouteMatch { Path = OdooRouteNames.CatchAllPathPattern },
            },
        ];

        ClusterConfig[] clusters =
        [
            CreateCluster(OdooRouteNames.GeventCluster, websocketUrl, gateway.WebSocketIdleTimeout),
            CreateCluster(OdooRouteNames.HttpCluster, httpUrl, gateway.HttpRequestTimeout),
        ];

        var skip = overriddenIds ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return new OdooProxyConfig(
            [.. routes.Where(route => !skip.Contains(route.RouteId))],
            [.. clusters.Where(cluster => !skip.Contains(cluster.ClusterId))]);
    }

    private static ClusterConfig CreateCluster(string id, string address, TimeSpan activityTimeout) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig>(StringComparer.OrdinalIgnoreCase)
        {
            [id] = new DestinationConfig { Address = address },
        },
        HttpRequest = new ForwarderRequestConfig
        {
            ActivityTimeout = activityTimeout,
            // Odoo speaks HTTP/1.1 only; websockets must reach it as an HTTP/1.1 GET with Upgrade.
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            AllowResponseBuffering = false,
        },
    };
}
