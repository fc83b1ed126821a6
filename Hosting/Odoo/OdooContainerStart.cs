using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Starts Odoo in Container mode: writes the container's odoo.conf, installs the database with a one-off container
/// when it is missing (no template cache: the filestore lives in the container's volume), then runs the server.
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

        var addons = OdooContainer.AddonsMounts(OdooAddonsPaths.Resolve(odoo.Options.AddonsPaths, Environment.CurrentDirectory));
        var folder = Path.Combine(dataPath, "odoo", odoo.Name);
        var config = OdooServerConfigFactory.ForContainer(odoo, postgres, [.. addons.Select(m => m.Target)]);
        var configPath = await OdooConfigWriter.WriteAsync(Path.Combine(folder, "odoo.conf"), config, cancellationToken, readableInContainer: true);
        var volume = OdooContainer.VolumeName(odoo.Name, dataPath);
        var database = odoo.Options.Database;
        var modules = odoo.Options.Modules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The filestore is inside the volume: the host has none to copy or delete (the folder below stays empty).
        var setup = new OdooDatabaseSetup(
            new PostgresDatabaseAdmin(postgres),
            Path.Combine(folder, "host-filestore-unused"),
            Path.Combine(dataPath, "odoo-templates", postgres.Name),
            (db, title, token) => OdooInstallRun.RunAsync(
                async startToken => await containers.StartAsync(runtime,
                    OdooContainer.Describe($"{odoo.Name}-init", odoo, configPath, volume, addons, context.Environment,
                        ["-d", db, "-i", odoo.Options.Modules, "--stop-after-init"], publishPorts: false),
                    context, startToken),
                $"the install container (-d {db} -i {odoo.Options.Modules} --stop-after-init)", title, context, time, token),
            store: null,
            isRealOdoo: true,
            context,
            time);
        await setup.EnsureAsync(database, modules, reset, key: null, cancellationToken);
        var launch = OdooContainer.Describe(odoo.Name, odoo, configPath, volume, addons, context.Environment, ["-d", database, .. context.Arguments], publishPorts: true);
        return await containers.StartAsync(runtime, launch, context, cancellationToken);
    }
}
