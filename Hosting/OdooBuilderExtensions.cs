using Microsoft.Extensions.Configuration;
using OdooAspire.Hosting;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Odoo;

namespace Aspire.Hosting;

/// <summary>Adds Odoo (official image, local source tree, or the simulator), configured by the <c>Odoo</c> section.</summary>
public static class OdooBuilderExtensions
{
    /// <summary>The configuration section of Odoo's settings.</summary>
    public const string SectionName = "Odoo";

    /// <summary>
    /// Adds Odoo in the mode <c>Odoo:Mode</c> asks for (Auto: the official image when an engine has it, else the
    /// source tree at <c>Odoo:SourcePath</c>, else <paramref name="simulator"/>), with its <c>http</c> and
    /// <c>websocket</c> endpoints, a generated odoo.conf and a database made on first start. Give it a PostgreSQL
    /// server with <c>.WithReference(postgres).WaitFor(postgres)</c>. <c>Odoo:Environment:NAME</c> values become
    /// environment variables of the Odoo process (e.g. <c>ODOO_BUS_PUBLIC_SAMESITE_WS</c>).
    /// </summary>
    /// <param name="builder">The AppHost builder.</param>
    /// <param name="name">The resource name.</param>
    /// <param name="simulator">The OdooSimulator project, used in Simulator mode (<c>new Projects.OdooSimulator()</c>).</param>
    public static IResourceBuilder<IOdooResource> AddOdoo(this IDistributedApplicationBuilder builder, [ResourceName] string name, IProjectMetadata? simulator = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = ReadOptions(builder.Configuration);
        var runtime = builder.Configuration[ContainerEngine.RuntimeKey];
        var decision = OdooModeResolver.Resolve(options, builder.Resources.OfType<PostgresServerResource>().Any(), () => ContainerEngine.Detect(runtime));
        IOdooResource resource = decision.Mode switch
        {
            OdooMode.Container => builder.AddOdooContainer(name, options, decision).Resource,
            OdooMode.Source => builder.AddOdooSource(name, options, decision).Resource,
            OdooMode.Simulator => builder.AddOdooSimulator(name, options, decision,
                simulator ?? throw new InvalidOperationException(
                    $"Odoo runs in simulator mode ({decision.Reason}) but AddOdoo was given no simulator project. "
                    + "Pass new Projects.OdooSimulator(), or set Odoo:Mode Source with Odoo:SourcePath.")).Resource,
            _ => throw new InvalidOperationException($"Odoo:Mode {decision.Mode} is not resolved; this is a bug."),
        };
        var odoo = builder.CreateResourceBuilder(resource);
        foreach (var variable in builder.Configuration.GetSection($"{SectionName}:Environment").GetChildren())
        {
            odoo.WithEnvironment(variable.Key, variable.Value ?? string.Empty);
        }

        return odoo;
    }

    /// <summary>Odoo from the official image (or a local stand-in named by <c>Odoo:Image</c>).</summary>
    public static IResourceBuilder<OdooContainerResource> AddOdooContainer(this IDistributedApplicationBuilder builder, [ResourceName] string name, OdooOptions options, OdooModeDecision? decision = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var resource = new OdooContainerResource(name, options, decision ?? Explicit(OdooMode.Container), Secrets(builder, name, options), DataFolder(builder, name));
        return builder.AddResource(resource)
            .WithImage(OdooContainer.ImageName(options), OdooContainer.Tag(options))
            .WithImageRegistry(OdooContainer.Registry(options))
            .WithBindMount(((IOdooResource)resource).ConfigFile, OdooContainer.ConfigFile, isReadOnly: true)
            .WithVolume(OdooContainer.VolumeName(name, builder.GetDataPath()), OdooContainer.DataDirectory)
            .WithOdooAddonsMounts()
            .WithEndpoint(IOdooResource.HttpEndpointName, e => OdooEndpoints.Publish(e, options.HttpPort, OdooContainer.HttpPort))
            .WithEndpoint(IOdooResource.WebsocketEndpointName, e => OdooEndpoints.Publish(e, options.WebsocketPort, OdooContainer.GeventPort))
            .WithArgs(context => OdooStartup.AddServerArguments(resource, context, configFile: null))
            .WithOdooDefaults();
    }

    /// <summary>Odoo from a local source tree (<c>Odoo:SourcePath</c>) run with the system python3.</summary>
    public static IResourceBuilder<OdooSourceResource> AddOdooSource(this IDistributedApplicationBuilder builder, [ResourceName] string name, OdooOptions options, OdooModeDecision? decision = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SourcePath))
        {
            throw new InvalidOperationException("Odoo:Mode is Source but Odoo:SourcePath is not set: point it at the folder holding odoo-bin.");
        }

        var resource = new OdooSourceResource(name, options, decision ?? Explicit(OdooMode.Source), Secrets(builder, name, options), DataFolder(builder, name));
        return builder.AddResource(resource)
            .WithHostEndpoints(options)
            .WithArgs(context =>
            {
                context.Args.Add(resource.OdooBin);
                OdooStartup.AddServerArguments(resource, context, ((IOdooResource)resource).ConfigFile);
            })
            .WithOdooDefaults();
    }

    /// <summary>The OdooSimulator project in Odoo's place (not Odoo: it speaks Odoo's bus and LiveChat protocol).</summary>
    public static IResourceBuilder<OdooSimulatorResource> AddOdooSimulator(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, OdooOptions options, OdooModeDecision? decision, IProjectMetadata simulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(simulator);
        var resource = new OdooSimulatorResource(name, options, decision ?? Explicit(OdooMode.Simulator), Secrets(builder, name, options), DataFolder(builder, name));
#pragma warning disable ASPIREPROJECTS001 // The documented way for a ProjectResource of another type to get a project's launch defaults.
        return builder.AddResource(resource)
            .WithAnnotation(simulator)
            .WithProjectDefaults(new ProjectResourceOptions { ExcludeLaunchProfile = true, ExcludeKestrelEndpoints = true })
#pragma warning restore ASPIREPROJECTS001
            .WithHostEndpoints(options)
            .WithArgs(context => OdooStartup.AddServerArguments(resource, context, ((IOdooResource)resource).ConfigFile))
            // OTLP export retried in memory would hold the stopping simulator until the orchestrator kills it (6 s).
            .WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"))
            // The simulator's version profile: that series' routes, JSON shapes and bus version.
            .WithEnvironment("Odoo__Version", OdooVersion.Configured(options).Series)
            .WithAnnotation(new NoticeAnnotation(
                "NO REAL ODOO IS RUNNING: Odoo runs in simulator mode (the OdooSimulator project speaks Odoo's bus/LiveChat\n"
                + "protocol for the gateway and the tests; it is not Odoo). For real Odoo set Odoo:Mode Source and\n"
                + "Odoo:SourcePath to an Odoo source tree (for example: --Odoo:Mode Source --Odoo:SourcePath ~/src/odoo),\n"
                + $"or make {OdooContainer.Image(options)} available to docker or podman for Container mode.\n"
                + $"({resource.ModeDecision.Reason}.)"))
            .WithOdooDefaults();
    }

    /// <summary>Binds and validates the <c>Odoo</c> section (addons paths, raw odoo.conf options, template store).</summary>
    public static OdooOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = OptionsBinder.Bind<OdooOptions>(configuration, SectionName);
        options.AddonsPaths = OdooAddonsPaths.Read(configuration.GetSection($"{SectionName}:AddonsPaths"));
        options.Options = new Dictionary<string, string>(OdooConfOverrides.Validate(options.Options), StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(options.TemplateStore))
        {
            options.TemplateStore = OdooTemplateStore.DefaultPath(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.UserName == "root");
        }

        return options;
    }

    private static IResourceBuilder<T> WithHostEndpoints<T>(this IResourceBuilder<T> builder, OdooOptions options)
        where T : IOdooResource =>
        builder
            .WithEndpoint(IOdooResource.HttpEndpointName, e => OdooEndpoints.OnLoopback(e, options.HttpPort))
            .WithEndpoint(IOdooResource.WebsocketEndpointName, e => OdooEndpoints.OnLoopback(e, options.WebsocketPort));

    private static IResourceBuilder<T> WithOdooDefaults<T>(this IResourceBuilder<T> builder)
        where T : IOdooResource
    {
        var odoo = builder.Resource;
        builder.WithHttpHealthCheck("/web/health", endpointName: IOdooResource.HttpEndpointName);
        if (odoo.Options.Workers > 0)
        {
            // In multi-process mode the gevent process is a server of its own: it must answer too.
            builder.WithHttpHealthCheck("/web/health", endpointName: IOdooResource.WebsocketEndpointName);
        }

        return builder
            .WithEnvironment("OTEL_SERVICE_NAME", odoo.Name)
            .WithAnnotation(new OdooRunStateAnnotation())
            .OnBeforeResourceStarted((resource, e, cancellationToken) => OdooStartup.RunAsync(resource, e.Services, cancellationToken));
    }

    private static IResourceBuilder<OdooContainerResource> WithOdooAddonsMounts(this IResourceBuilder<OdooContainerResource> builder)
    {
        foreach (var mount in OdooContainer.AddonsMounts(OdooAddonsPaths.Resolve(builder.Resource.Options.AddonsPaths, Environment.CurrentDirectory)))
        {
            builder.WithBindMount(mount.Source, mount.Target, isReadOnly: true);
        }

        return builder;
    }

    private static OdooSecrets Secrets(IDistributedApplicationBuilder builder, string name, OdooOptions options)
    {
        var admin = string.IsNullOrEmpty(options.AdminPassword)
            ? builder.AddStoredSecret($"{name}-admin-password")
            : builder.AddParameter($"{name}-admin-password", options.AdminPassword, secret: true);
        return new OdooSecrets(admin.Resource, builder.AddStoredSecret($"{name}-db-password").Resource);
    }

    private static string DataFolder(IDistributedApplicationBuilder builder, string name) => Path.Combine(builder.GetDataPath(), "odoo", name);

    private static OdooModeDecision Explicit(OdooMode mode) => new(mode, $"Odoo:Mode is {mode}");
}
