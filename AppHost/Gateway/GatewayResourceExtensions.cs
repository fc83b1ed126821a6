using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OdooAspire.AppHost.Console;
using OdooAspire.Hosting;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Gateway;

/// <summary>Makes the Gateway project Odoo's reverse proxy, configured by the AppHost's <c>Gateway</c> section.</summary>
internal static class GatewayResourceExtensions
{
    /// <summary>OTLP export retried in memory would hold a stopping project until the orchestrator kills it (6 s).</summary>
    private const string OtlpRetryVariable = "OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY";

    /// <summary>
    /// Sends <c>/websocket</c> to Odoo's gevent endpoint and everything else to its HTTP endpoint, on the ports of
    /// <c>Gateway:Port</c> (and <c>Gateway:HttpsPort</c>), bound by the gateway itself (no orchestrator proxy in
    /// front of a proxy), and never trusting a client's <c>X-Forwarded-*</c>: the gateway is the edge.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithOdooUpstream(this IResourceBuilder<ProjectResource> gateway, IResourceBuilder<IOdooResource> odoo)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(odoo);
        var configuration = gateway.ApplicationBuilder.Configuration;
        var settings = GatewaySettings.Read(configuration);
        var misrouted = settings.WebsocketRoute == WebsocketRoute.HttpPort;
        gateway
            .WithHttpEndpoint(port: settings.Port, targetPort: settings.Port, name: "http", isProxied: false)
            .DisableForwardedHeaders()
            .WithEnvironment("Odoo__HttpUrl", odoo.GetEndpoint(IOdooResource.HttpEndpointName))
            .WithEnvironment("Odoo__WebsocketUrl", odoo.GetEndpoint(misrouted ? IOdooResource.HttpEndpointName : IOdooResource.WebsocketEndpointName))
            .WithEnvironment("Odoo__Workers", odoo.Resource.Options.Workers.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment(context => context.EnvironmentVariables.Remove(OtlpRetryVariable))
            .WithHttpHealthCheck("/health", endpointName: "http")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Gateway")
            .WithAnnotation(new ConsoleUrlAnnotation("Gateway", "http"))
            // A browser must reach Odoo through the gateway: straight on the HTTP port, /websocket fails in prefork mode.
            .WithAnnotation(new ConsoleUrlAnnotation("Odoo", "http", "/web/login", $"login {IOdooResource.DevelopmentLogin} / admin, through the gateway", Order: 10))
            .WithSessionsPage(settings.SessionsPort);
        if (settings.Https)
        {
            // Kestrel binds its endpoints one after the other: healthy means the HTTPS one accepts connections too.
            var healthCheck = $"{gateway.Resource.Name}_https_accepts";
            gateway.ApplicationBuilder.Services.AddHealthChecks()
                .Add(new HealthCheckRegistration(healthCheck, _ => new TcpEndpointHealthCheck(gateway.GetEndpoint("https")), failureStatus: null, tags: null));
            gateway.WithHttpsEndpoint(port: settings.HttpsPort, targetPort: settings.HttpsPort, name: "https", isProxied: false)
                .WithHealthCheck(healthCheck)
                .WithAnnotation(new ConsoleUrlAnnotation("Gateway (HTTPS)", "https", Order: 1));
        }

        foreach (var (name, value) in GatewaySettings.PassThrough(configuration))
        {
            gateway.WithEnvironment(name, value);
        }

        if (misrouted)
        {
            gateway.WithAnnotation(new NoticeAnnotation(
                "Gateway:WebsocketRoute is HttpPort: /websocket goes to Odoo's HTTP port, as a proxy without a websocket "
                + "route does. LiveChat is NOT real-time in this setup (handshakes fail with 500); remove the setting to fix it."));
        }

        return gateway;
    }
}
