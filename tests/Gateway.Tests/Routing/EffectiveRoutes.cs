using System.Globalization;
using System.Text;
using Yarp.ReverseProxy;

namespace OdooAspire.Gateway.Tests.Routing;

/// <summary>Renders the routes and clusters a running gateway uses as stable text for snapshots.</summary>
internal static class EffectiveRoutes
{
    public static string Render(IProxyStateLookup state)
    {
        var text = new StringBuilder();
        foreach (var route in state.GetRoutes().Select(r => r.Config).OrderBy(r => r.RouteId, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"route {route.RouteId}: {route.Match.Path} -> {route.ClusterId}");
        }

        foreach (var cluster in state.GetClusters().Select(c => c.Model.Config).OrderBy(c => c.ClusterId, StringComparer.Ordinal))
        {
            var request = cluster.HttpRequest;
            text.AppendLine(CultureInfo.InvariantCulture, $"cluster {cluster.ClusterId}: HTTP/{request?.Version} {request?.VersionPolicy}, activity timeout {request?.ActivityTimeout}");
            foreach (var (name, destination) in (cluster.Destinations ?? new Dictionary<string, Yarp.ReverseProxy.Configuration.DestinationConfig>()).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  destination {name}: {destination.Address}");
            }
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
