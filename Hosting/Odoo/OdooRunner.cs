using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;
using OdooAspire.Hosting.Projects;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Writes odoo.conf, initialises the database on first run (<c>-i modules --stop-after-init</c>), then
/// starts the server, in whichever mode the resource uses.
/// </summary>
internal sealed class OdooRunner(ProjectRunSettings settings, string dataPath, string appHostDirectory, ILogger<OdooRunner> logger) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is OdooResource;

    public async Task<IRunningResource> StartAsync(ResourceStartContext context, CancellationToken cancellationToken)
    {
        var odoo = (OdooResource)context.Resource;
        IOdooLauncher launcher = odoo.Mode switch
        {
            OdooMode.Simulator => new SimulatorLauncher(appHostDirectory, settings.Configuration),
            OdooMode.Source => new SourceLauncher(),
            _ => throw new InvalidOperationException(
                $"Odoo:Mode {odoo.Mode} is not available in this version; use Source (with Odoo:SourcePath) or Simulator."),
        };
        var postgres = odoo.AnnotationsOf<ReferenceAnnotation>().Select(a => a.Target).OfType<PostgresServerResource>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{odoo} needs a database server: add .WithReference(postgres).");
        var command = await launcher.PrepareAsync(odoo, context, cancellationToken);
        var folder = Path.Combine(dataPath, "odoo", odoo.Name);
        var configPath = await OdooConfigWriter.WriteAsync(Path.Combine(folder, "odoo.conf"), CreateConfig(odoo, postgres, folder), cancellationToken);
        var database = odoo.Options.Database;
        var connectionString = await postgres.GetConnectionStringAsync(ValueResolutionContext.Host, cancellationToken);
        if (!await PostgresProvisioner.DatabaseExistsAsync(connectionString, database, cancellationToken))
        {
            context.ReportStatus($"initialising database '{database}' ({odoo.Options.Modules})");
            await InitialiseAsync(odoo, command, configPath, context, cancellationToken);
        }

        var spec = Spec(odoo, command, context, [.. command.PrefixArguments, "-c", configPath, "-d", database]);
        return SupervisedProcess.Start(spec, context.Log, logger);
    }

    private async Task InitialiseAsync(OdooResource odoo, OdooCommand command, string configPath, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var spec = Spec(odoo, command, context,
            [.. command.PrefixArguments, "-c", configPath, "-d", odoo.Options.Database, "-i", odoo.Options.Modules, "--stop-after-init"]);
        await using var process = SupervisedProcess.Start(spec, context.Log, logger);
        var exitCode = await process.Completion.WaitAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new ResourceFailedException(odoo.Name, $"database initialisation (-i {odoo.Options.Modules} --stop-after-init) exited with code {exitCode}", context.Log.Tail(20));
        }
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

    private static OdooServerConfig CreateConfig(OdooResource odoo, PostgresServerResource postgres, string folder)
    {
        var (dbHost, dbPort) = postgres.AddressFor(ValueResolutionContext.Host);
        return new OdooServerConfig(
            odoo.HttpEndpoint.Allocated.TargetPort,
            odoo.WebsocketEndpoint.Allocated.TargetPort,
            odoo.Options.Workers,
            dbHost,
            dbPort,
            postgres.ApplicationUser,
            postgres.ApplicationPassword.Value,
            odoo.Options.Database,
            odoo.AdminPassword.Value,
            Path.Combine(folder, "data"));
    }
}
