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
    public static void Compose(IDevHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var postgres = builder.AddPostgres("postgres");

        var odoo = builder.AddOdoo("odoo")
            .WithReference(postgres)
            .WaitFor(postgres);

        builder.AddProject("gateway", "../Gateway/Gateway.csproj")
            .WithHttpEndpoint(port: builder.Configuration.GetValue<int?>(KnownConfigNames.GatewayPort))
            .WithEnvironment("Odoo__HttpUrl", odoo.GetEndpoint(OdooResource.HttpEndpointName))
            .WithEnvironment("Odoo__WebsocketUrl", odoo.GetEndpoint(OdooResource.WebsocketEndpointName))
            .WithEnvironment("Odoo__Workers", odoo.Resource.Options.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHttpHealthCheck("/health")
            .WithConsoleUrl("Gateway")
            .WaitFor(odoo);
    }
}
