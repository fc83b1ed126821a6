using System.Globalization;
using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost;

/// <summary>
/// The development environment: PostgreSQL, Odoo (HTTP workers + gevent websocket port) and the gateway in
/// front. <c>dotnet run --project AppHost</c> and the integration tests both run exactly this.
/// </summary>
public static class OdooEnvironment
{
    /// <summary>Extra environment variables for the Odoo process, e.g. <c>Odoo:Environment:ODOO_BUS_PUBLIC_SAMESITE_WS</c>.</summary>
    public const string OdooEnvironmentSection = "Odoo:Environment";

    public static void Compose(IDevHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var gatewaySettings = GatewaySettings.Read(builder.Configuration);

        var postgres = builder.AddPostgres("postgres");

        var odoo = builder.AddOdoo("odoo")
            .WithReference(postgres)
            .WaitFor(postgres);
        foreach (var variable in builder.Configuration.GetSection(OdooEnvironmentSection).GetChildren())
        {
            odoo.WithEnvironment(variable.Key, variable.Value ?? string.Empty);
        }

        var misrouted = gatewaySettings.WebsocketRoute == WebsocketRoute.HttpPort;
        var gateway = builder.AddProject("gateway", "../Gateway/Gateway.csproj")
            .WithHttpEndpoint(port: gatewaySettings.Port)
            .WithEnvironment("Odoo__HttpUrl", odoo.GetEndpoint(OdooResource.HttpEndpointName))
            .WithEnvironment("Odoo__WebsocketUrl", odoo.GetEndpoint(misrouted ? OdooResource.HttpEndpointName : OdooResource.WebsocketEndpointName))
            .WithEnvironment("Odoo__Workers", odoo.Resource.Options.Workers.ToString(CultureInfo.InvariantCulture))
            .WithHttpHealthCheck("/health")
            .WithConsoleUrl("Gateway")
            .WaitFor(odoo);
        // A browser must reach Odoo through the gateway: straight on the HTTP port, /websocket fails in prefork mode.
        foreach (var direct in odoo.Resource.AnnotationsOf<ConsoleUrlAnnotation>().ToList())
        {
            odoo.Resource.Annotations.Remove(direct);
        }

        gateway.WithConsoleUrl("Odoo", path: "/web/login", note: $"login {OdooResource.DevelopmentLogin} / admin, through the gateway", order: 10);
        if (gatewaySettings.Https)
        {
            // Kestrel binds its endpoints one after the other: healthy means the HTTPS one answers too.
            gateway.WithEndpoint("https", "https", gatewaySettings.HttpsPort)
                .WithHttpHealthCheck("/health", endpointName: "https")
                .WithConsoleUrl("Gateway (HTTPS)", "https");
        }

        foreach (var (name, value) in GatewaySettings.PassThrough(builder.Configuration))
        {
            gateway.WithEnvironment(name, value);
        }

        if (misrouted)
        {
            gateway.WithNotice(
                "Gateway:WebsocketRoute is HttpPort: /websocket goes to Odoo's HTTP port, as a proxy without a websocket " +
                "route does. LiveChat is NOT real-time in this setup (handshakes fail with 500); remove the setting to fix it.");
        }
    }
}
