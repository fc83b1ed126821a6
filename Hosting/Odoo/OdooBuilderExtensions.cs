using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.Hosting;

/// <summary>Adds Odoo (or its simulator), configured by the <c>Odoo</c> section.</summary>
public static class OdooBuilderExtensions
{
    /// <summary>
    /// Adds Odoo with "http" and "websocket" (gevent) endpoints, a generated odoo.conf and a database
    /// initialised with <c>Odoo:Modules</c> on first run. Give it the server with <c>.WithReference(postgres)</c>.
    /// </summary>
    public static IResourceBuilder<OdooResource> AddOdoo(this IDevHostBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = OptionsBinder.Bind<OdooOptions>(builder.Configuration, KnownConfigNames.OdooSection);
        options.AddonsPaths = OdooAddonsPaths.Read(builder.Configuration.GetSection(KnownConfigNames.OdooAddonsPaths));
        options.Options = new Dictionary<string, string>(OdooConfOverrides.Validate(options.Options), StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(options.TemplateStore))
        {
            options.TemplateStore = OdooTemplateStore.DefaultPath(Environment.GetEnvironmentVariable(KnownConfigNames.XdgCacheHome), Environment.UserName == "root");
        }
        var mode = ResolveMode(options);
        var adminKey = $"{name}-admin-password";
        var adminPassword = string.IsNullOrEmpty(options.AdminPassword)
            ? builder.AddParameter(adminKey, secret: true, generate: true)
            : builder.AddResource(new ParameterResource(adminKey, () => options.AdminPassword, secret: true));
        var odoo = builder.AddResource(new OdooResource(name, options, mode, adminKey, adminPassword.Resource))
            .WithHttpEndpoint(options.HttpPort, mode == OdooMode.Container ? OdooContainer.HttpPort : null, OdooResource.HttpEndpointName)
            .WithHttpEndpoint(options.WebsocketPort, mode == OdooMode.Container ? OdooContainer.GeventPort : null, OdooResource.WebsocketEndpointName)
            .WithHttpHealthCheck("/web/health", endpointName: OdooResource.HttpEndpointName)
            .WithConsoleUrl("Odoo", OdooResource.HttpEndpointName, "/web/login", $"login {OdooResource.DevelopmentLogin} / admin", order: 10);
        if (options.Workers > 0)
        {
            odoo.WithHttpHealthCheck("/web/health", endpointName: OdooResource.WebsocketEndpointName);
        }

        if (mode == OdooMode.Simulator)
        {
            odoo.WithNotice(
                "NO REAL ODOO IS RUNNING: Odoo runs in simulator mode (the OdooSimulator project speaks Odoo's bus/LiveChat\n"
                + "protocol for the gateway and the tests; it is not Odoo). For real Odoo set Odoo:Mode Source and\n"
                + "Odoo:SourcePath to an Odoo source tree (for example: --Odoo:Mode Source --Odoo:SourcePath ~/src/odoo).");
        }

        return odoo;
    }

    /// <summary>Auto: Source when a source tree is configured, else the simulator.</summary>
    internal static OdooMode ResolveMode(OdooOptions options) => options.Mode switch
    {
        OdooMode.Auto when !string.IsNullOrWhiteSpace(options.SourcePath) => OdooMode.Source,
        OdooMode.Auto => OdooMode.Simulator,
        var explicitMode => explicitMode,
    };
}
