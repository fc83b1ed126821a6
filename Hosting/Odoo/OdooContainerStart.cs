using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Starts Odoo in Container mode: writes the container's odoo.conf, makes sure the database is there (kept, reset
/// on request, cloned from the cached template, or installed by a one-off container), then runs the server. The
/// template's filestore is kept inside Odoo's volume and copied there by short-lived containers of the same image.
/// </summary>
internal sealed class OdooContainerStart(ContainerRuntimeProvider runtimes, ContainerRunner containers, string dataPath, TimeProvider time)
{
    public async Task<IRunningResource> StartAsync(
        OdooResource odoo, PostgresServerResource postgres, bool reset, ResourceStartContext context, CancellationToken cancellationToken)
    {
        if (!postgres.RunsInContainer)
        {
            throw new InvalidOperationException(
                "Odoo:Mode Container reaches PostgreSQL by name on the containers' network, but PostgreSQL runs from the local "
                + "binaries this time. Set Postgres:Mode Container, or run Odoo with Odoo:Mode Source.");
        }

        var runtime = await runtimes.GetAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                "Odoo:Mode is Container but neither 'docker info' nor 'podman info' answers. Start docker or podman, or use Odoo:Mode Source.");

        var image = OdooContainer.Image(odoo.Options);
        if (!await runtime.ImageExistsAsync(image, cancellationToken))
        {
            await runtime.PullAsync(image, context.Log, context.ReportStatus, cancellationToken);
        }

        var hostAddons = OdooAddonsPaths.Resolve(odoo.Options.AddonsPaths, Environment.CurrentDirectory);
        var addons = OdooContainer.AddonsMounts(hostAddons);
        var folder = Path.Combine(dataPath, "odoo", odoo.Name);
        var config = OdooServerConfigFactory.ForContainer(odoo, postgres, [.. addons.Select(m => m.Target)]);
        var configPath = await OdooConfigWriter.WriteAsync(Path.Combine(folder, "odoo.conf"), config, cancellationToken, readableInContainer: true);
        var volume = OdooContainer.VolumeName(odoo.Name, dataPath);
        var database = odoo.Options.Database;
        var modules = odoo.Options.Modules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = odoo.Options.TemplateCache
            ? OdooTemplateKey.ForImage(image, await runtime.ImageIdAsync(image, cancellationToken), odoo.Options.WithoutDemo, modules, hostAddons)
            : null;
        var setup = new OdooDatabaseSetup(
            new PostgresDatabaseAdmin(postgres),
            new VolumeFilestores((command, token) => RunInVolumeAsync(runtime, odoo, volume, command, context, token)),
            Path.Combine(dataPath, "odoo-templates", postgres.Name),
            (db, title, token) => OdooInstallRun.RunAsync(
                async startToken => await containers.StartAsync(runtime,
                    OdooContainer.Describe($"{odoo.Name}-init", odoo, configPath, volume, addons, context.Environment,
                        ["-d", db, "-i", odoo.Options.Modules, "--stop-after-init"], publishPorts: false),
                    context, startToken),
                $"the install container (-d {db} -i {odoo.Options.Modules} --stop-after-init)", title, context, time, token),
            // Dumps need pg_dump of the server's release; the container's cluster keeps its templates itself.
            store: null,
            isRealOdoo: true,
            context,
            time);
        await setup.EnsureAsync(database, modules, reset, key, cancellationToken);
        var launch = OdooContainer.Describe(odoo.Name, odoo, configPath, volume, addons, context.Environment, ["-d", database, .. context.Arguments], publishPorts: true);
        return await containers.StartAsync(runtime, launch, context, cancellationToken);
    }

    /// <summary>Runs one filestore command in a short-lived container of the Odoo image with the volume mounted.</summary>
    private async Task RunInVolumeAsync(
        IContainerRuntime runtime, OdooResource odoo, string volume, IReadOnlyList<string> command, ResourceStartContext context, CancellationToken cancellationToken)
    {
        var launch = new ContainerLaunch($"{odoo.Name}-filestore", OdooContainer.Image(odoo.Options), ContainerLifetime.Session)
        {
            Arguments = command,
            Mounts = [new ContainerMountAnnotation(volume, OdooContainer.DataDirectory, IsBindMount: false, IsReadOnly: false)],
        };
        await using var running = await containers.StartAsync(runtime, launch, context, cancellationToken);
        var exitCode = await running.Completion.WaitAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"copying a filestore inside the volume {volume} failed (exit code {exitCode}): {string.Join(" | ", context.Log.Tail(3))}");
        }
    }
}
