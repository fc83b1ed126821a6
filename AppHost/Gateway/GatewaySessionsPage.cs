using OdooAspire.AppHost.Console;

namespace OdooAspire.AppHost.Gateway;

/// <summary>
/// The gateway's websocket sessions page: an endpoint of its own on 127.0.0.1, bound by the gateway itself
/// (<c>Gateway:Sessions:Port</c>), kept out of the URLs Kestrel serves the proxy on, so the page is never reachable
/// through the public gateway port.
/// </summary>
internal static class GatewaySessionsPage
{
    public const string EndpointName = "sessions";

    /// <summary>The gateway's configuration key of the page's port, as an environment variable.</summary>
    public const string PortVariable = "Gateway__Sessions__Port";

    public const string DisplayText = "WebSocket sessions";

    /// <summary>The label of the console's line (and of running.json's entry).</summary>
    public const string ConsoleLabel = "WebSockets";

    /// <summary>Adds the <c>sessions</c> endpoint at <paramref name="port"/> (a free port when null) and shows it in the dashboard and the console.</summary>
    public static IResourceBuilder<ProjectResource> WithSessionsPage(this IResourceBuilder<ProjectResource> gateway, int? port)
    {
        ArgumentNullException.ThrowIfNull(gateway);

        // The port variable (not ASPNETCORE_URLS) carries the port: Kestrel's public listeners stay the proxy's only.
        return gateway
            .WithHttpEndpoint(port: port, targetPort: port, name: EndpointName, env: PortVariable, isProxied: false)
            .WithEndpoint(EndpointName, endpoint => endpoint.TargetHost = "127.0.0.1")
            .WithUrlForEndpoint(EndpointName, url => url.DisplayText = DisplayText)
            .WithAnnotation(new ConsoleUrlAnnotation(ConsoleLabel, EndpointName, Order: 20));
    }
}
