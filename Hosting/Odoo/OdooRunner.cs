using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;
using OdooAspire.Hosting.Projects;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Writes odoo.conf, makes sure the database is there (kept, reset on request, cloned from the cached template, or
/// initialised with <c>-i modules --stop-after-init</c>), then starts the server, in whichever mode the resource uses.
/// </summary>
internal sealed class OdooRunner(
    ProjectRunSettings settings,
    string dataPath,
    string appHostDirectory,
    IReadOnlyList<PythonRequirement> pythonRequirements,
    OdooContainerStart containerStart,
    TimeProvider time,
    ILogger<OdooRunner> logger) : IResourceRunner
{
    private readonly HashSet<string> _resetDone = new(StringComparer.Ordinal);

    public bool CanRun(Resource resource) => resource is OdooResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var odoo = (OdooResource)context.Resource;
        var postgres = odoo.AnnotationsOf<ReferenceAnnotation>().Select(a => a.Target).OfType<PostgresServerResource>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{odoo} needs a database server: add .WithReference(postgres).");
        // A reset happens once per run: restarting the resource from the dashboard must not wipe the database again.
        var reset = odoo.Options.Reset && _resetDone.Add(odoo.Name);
        context.Log.Append(odoo.ModeReason, isError: false);
        if (odoo.Mode == OdooMode.Container)
        {
            return await containerStart.StartAsync(odoo, postgres, reset, context, cancellationToken);
        }

        IOdooLauncher launcher = odoo.Mode switch
        {
            OdooMode.Simulator => new SimulatorLauncher(appHostDirectory, settings.Configuration),
            OdooMode.Source => new SourceLauncher(pythonRequirements),
            _ => throw new InvalidOperationException($"Odoo:Mode {odoo.Mode} is not resolved; this is a bug."),
        };
        var command = await launcher.PrepareAsync(odoo, context, cancellationToken);
        var folder = Path.Combine(dataPath, "odoo", odoo.Name);
        var config = OdooServerConfigFactory.ForHost(odoo, postgres, Path.Combine(folder, "data"), command.AddonsPaths);
        var configPath = await OdooConfigWriter.WriteAsync(Path.Combine(folder, "odoo.conf"), config, cancellationToken);
        var modules = odoo.Options.Modules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = command.OdooVersion is not null && odoo.Options.TemplateCache
            ? OdooTemplateKey.Create(command.OdooVersion, odoo.Options.WithoutDemo, modules, command.AddonsPaths)
            : null;
        var templatesFolder = Path.Combine(dataPath, "odoo-templates", postgres.Name);
        var setup = new OdooDatabaseSetup(
            new PostgresDatabaseAdmin(postgres),
            new HostFilestores(config.DataDirectory, templatesFolder),
            templatesFolder,
            (database, title, token) => InitialiseAsync(odoo, command, configPath, database, title, context, token),
            key is null ? null : await CreateStoreAsync(odoo, postgres, context, cancellationToken),
            isRealOdoo: odoo.Mode != OdooMode.Simulator,
            context,
            time);
        await setup.EnsureAsync(odoo.Options.Database, modules, reset, key, cancellationToken);

        var spec = Spec(odoo, command, context, [.. command.PrefixArguments, "-c", configPath, "-d", odoo.Options.Database]);
        context.ReleaseEndpoints();
        return SupervisedProcess.Start(spec, context.Log, logger);
    }

    /// <summary>
    /// The template store needs pg_dump/pg_restore of the server's release: the local server's own tools. With a
    /// PostgreSQL container (or without the tools) templates are cached in the cluster only.
    /// </summary>
    private async Task<OdooTemplateStore?> CreateStoreAsync(OdooResource odoo, PostgresServerResource postgres, ResourceStartContext context, CancellationToken cancellationToken)
    {
        if (postgres.RunsInContainer || string.IsNullOrEmpty(odoo.Options.TemplateStore))
        {
            return null;
        }

        var binaries = await PostgresBinaries.LocateAsync(postgres.Options.BinDirectory, cancellationToken);
        if (!File.Exists(binaries.Dump) || !File.Exists(binaries.Restore))
        {
            context.Log.Append($"no pg_dump/pg_restore next to {binaries.Server}: templates are cached in this data folder only", isError: false);
            return null;
        }

        return new OdooTemplateStore(odoo.Options.TemplateStore, binaries, context, logger);
    }

    private Task InitialiseAsync(
        OdooResource odoo, OdooCommand command, string configPath, string database, string title, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var spec = Spec(odoo, command, context,
            [.. command.PrefixArguments, "-c", configPath, "-d", database, "-i", odoo.Options.Modules, "--stop-after-init"]);
        return OdooInstallRun.RunAsync(
            _ =>
            {
                // With workers >= 1 the install binds the HTTP port as the server does.
                context.ReleaseEndpoints();
                return Task.FromResult<IRunningResource>(SupervisedProcess.Start(spec, context.Log, logger));
            },
            $"database initialisation (-d {database} -i {odoo.Options.Modules} --stop-after-init)", title, context, time, cancellationToken);
    }

    private ProcessSpec Spec(OdooResource odoo, OdooCommand command, ResourceStartContext context, IReadOnlyList<string> arguments)
    {
        var environment = new Dictionary<string, string>(context.Environment, StringComparer.Ordinal);
        environment.TryAdd(KnownConfigNames.OtelServiceName, odoo.Name);
        environment.TryAdd(KnownConfigNames.DotnetEnvironment, "Development");
        return new ProcessSpec(command.FileName, [.. arguments, .. context.Arguments])
        {
            Environment = environment,
            WorkingDirectory = command.WorkingDirectory,
            StopTimeout = settings.StopTimeout,
        };
    }
}
