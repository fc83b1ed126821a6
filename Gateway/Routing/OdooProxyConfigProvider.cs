using Microsoft.Extensions.Options;
using OdooAspire.Gateway.Options;
using Yarp.ReverseProxy.Configuration;

namespace OdooAspire.Gateway.Routing;

/// <summary>
/// Supplies the generated Odoo routes next to the ones YARP loads from the <c>ReverseProxy</c> section;
/// a route or cluster defined there with the same id replaces the generated one.
/// </summary>
internal sealed class OdooProxyConfigProvider(
    IOptions<OdooUpstreamOptions> odoo,
    IOptions<GatewayOptions> gateway,
    IConfiguration configuration) : IProxyConfigProvider
{
    public const string ReverseProxySection = "ReverseProxy";

    private OdooProxyConfig? _config;

    public IProxyConfig GetConfig() => _config ??= OdooProxyConfigFactory.Create(odoo.Value, gateway.Value, ConfiguredIds(configuration));

    private static HashSet<string> ConfiguredIds(IConfiguration configuration)
    {
        var section = configuration.GetSection(ReverseProxySection);
        return section.GetSection("Routes").GetChildren()
            .Concat(section.GetSection("Clusters").GetChildren())
            .Select(child => child.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
