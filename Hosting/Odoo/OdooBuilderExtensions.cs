using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Postgres;

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
        var runtimes = (builder as DevHostBuilder)?.ContainerRuntimes
            ?? ContainerRuntimeProvider.ForSetting(OptionsBinder.Bind<DevHostOptions>(builder.Configuration, KnownConfigNames.DevHostSection).ContainerRuntime);
        var postgresOptions = OptionsBinder.Bind<PostgresOptions>(builder.Configuration, KnownConfigNames.PostgresSection);
        // The model is built synchronously (as Aspire's); asking the engine takes a second or so, and only in Auto mode.
        var decision = OdooModeResolver.ResolveAsync(options, postgresOptions, runtimes.GetAsync, CancellationToken.None).GetAwaiter().GetResult();
        var mode = decision.Mode;
        var adminKey = $"{name}-admin-password";
        var adminPassword = string.IsNullOrEmpty(options.AdminPassword)
            ? builder.AddParameter(adminKey, secret: true, generate: true)
            : builder.AddResource(new ParameterResource(adminKey, () => options.AdminPassword, secret: true));
        var odoo = builder.AddResource(new OdooResource(name, options, mode, adminKey, adminPassword.Resource) { ModeReason = decision.Reason })
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
                + "Odoo:SourcePath to an Odoo source tree (for example: --Odoo:Mode Source --Odoo:SourcePath ~/src/odoo),\n"
                + $"or make {OdooContainer.Image(options)} available to docker or podman for Container mode.\n"
                + $"({decision.Reason}.)");
        }

        return odoo;
    }

}
