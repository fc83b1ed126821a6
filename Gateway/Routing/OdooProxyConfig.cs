using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace OdooAspire.Gateway.Routing;

/// <summary>The generated routes and clusters; they change only when the process restarts.</summary>
internal sealed class OdooProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
{
    public IReadOnlyList<RouteConfig> Routes { get; } = routes;

    public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;

    public IChangeToken ChangeToken { get; } = new CancellationChangeToken(CancellationToken.None);
}
