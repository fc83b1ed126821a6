using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Odoo;

/// <summary>The part of <see cref="OdooStartup"/> that differs per mode: odoo.conf as the process sees it, and how the database is made.</summary>
internal sealed class OdooModeStartup(
    IOdooResource odoo, IResourceWithConnectionString server, PostgresDatabaseAdmin admin, string databasePassword, bool reset, OdooProgress progress)
{
    private IReadOnlyList<string> Modules =>
        odoo.Options.Modules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The environment's state folder (the Odoo resource's folder is DataPath/odoo/name).</summary>
    private string DataPath => Path.GetFullPath(Path.Combine(odoo.DataFolder, "..", ".."));

    /// <summary>Source mode: python modules checked, the tree's version read, the database cloned from the template or installed.</summary>
    public async Task SourceAsync(OdooSourceResource source, CancellationToken cancellationToken)
    {
        var options = odoo.Options;
        if (!File.Exists(source.OdooBin))
        {
            throw new OdooStartupException($"Odoo:SourcePath '{options.SourcePath}' has no odoo-bin ({source.OdooBin}): point it at the folder holding odoo-bin.");
        }

        if (!File.Exists(options.Python))
        {
            throw new OdooStartupException($"The python interpreter '{options.Python}' (Odoo:Python) does not exist.");
        }

        var version = OdooVersion.ReadTree(source.WorkingDirectory, options.Version);
        await progress.ShowVersionAsync(version);
        await progress.StepAsync("Checking python", $"checking the python modules Odoo {version.Series} needs ({options.Python})");
        var missing = await PythonModuleCheck.FindMissingAsync(options.Python, OdooPythonRequirements.For(version), cancellationToken);
        if (missing.Count > 0)
        {
            throw new OdooStartupException(PythonModuleCheck.Describe(options.Python, missing));
        }

        string[] treeAddons = [Path.Combine(source.WorkingDirectory, "odoo", "addons"), Path.Combine(source.WorkingDirectory, "addons")];
        var addons = treeAddons.Where(Directory.Exists)
            .Concat(OdooAddonsPaths.Resolve(options.AddonsPaths, Environment.CurrentDirectory))
            .ToList();
        var config = OdooServerConfigFactory.ForHost(odoo, HostLogin(), Port(odoo.HttpEndpoint), Port(odoo.WebsocketEndpoint), await AdminPasswordAsync(cancellationToken), addons);
        var configPath = await OdooConfigWriter.WriteAsync(odoo.ConfigFile, config, cancellationToken);
        var key = options.TemplateCache ? OdooTemplateKey.Create(version.Release, options.WithoutDemo, Modules, addons) : null;
        var templatesFolder = Path.Combine(DataPath, "odoo-templates", server.Name);
        var setup = new OdooDatabaseSetup(
            admin,
            new HostFilestores(config.DataDirectory, templatesFolder),
            templatesFolder,
            (database, title, token) => InstallAsync(options.Python, [source.OdooBin, "-c", configPath], source.WorkingDirectory, database, title, token),
            key is null ? null : TemplateStore(),
            progress,
            TimeProvider.System);
        await setup.EnsureAsync(options.Database, Modules, reset, key, cancellationToken);
    }

    /// <summary>Simulator mode: it creates and initialises its database itself when it starts; only a reset is done here.</summary>
    public async Task SimulatorAsync(CancellationToken cancellationToken)
    {
        await progress.ShowVersionAsync(OdooVersion.Configured(odoo.Options));
        var config = OdooServerConfigFactory.ForHost(odoo, HostLogin(), Port(odoo.HttpEndpoint), Port(odoo.WebsocketEndpoint), await AdminPasswordAsync(cancellationToken), []);
        await OdooConfigWriter.WriteAsync(odoo.ConfigFile, config, cancellationToken);
        var database = odoo.Options.Database;
        if (reset)
        {
            await progress.ReportAsync("Resetting database", $"resetting database '{database}'");
            await admin.DropAsync(database, cancellationToken);
            progress.Info($"reset: dropped database '{database}' (Odoo:Reset)");
        }

        progress.Info(await admin.ExistsAsync(database, cancellationToken)
            ? $"database '{database}' exists; using it (start with --reset to re-create it)"
            : $"database '{database}' does not exist: the simulator creates it as it starts");
    }

    /// <summary>
    /// Container mode: PostgreSQL is reached by name on the containers' network; a missing database is installed by
    /// the server container's own first start (<c>-i modules</c>), an existing one is checked to be complete.
    /// </summary>
    public async Task ContainerAsync(Action<bool> installOnStart, CancellationToken cancellationToken)
    {
        await progress.ShowVersionAsync(OdooVersion.Configured(odoo.Options));
        if (server is not PostgresServerResource container)
        {
            throw new OdooStartupException(
                "Odoo:Mode Container reaches PostgreSQL by name on the containers' network, but PostgreSQL runs from the local "
                + "binaries. Set Postgres:Mode Container, or run Odoo with Odoo:Mode Source.");
        }

        var login = new OdooDatabaseLogin(container.Name, container.PrimaryEndpoint.TargetPort ?? 5432, admin.ApplicationUser, databasePassword);
        var mounts = OdooContainer.AddonsMounts(OdooAddonsPaths.Resolve(odoo.Options.AddonsPaths, Environment.CurrentDirectory));
        var config = OdooServerConfigFactory.ForContainer(odoo, login, await AdminPasswordAsync(cancellationToken), [.. mounts.Select(m => m.Target)]);
        await OdooConfigWriter.WriteAsync(odoo.ConfigFile, config, cancellationToken, readableInContainer: true);
        var database = odoo.Options.Database;
        if (reset)
        {
            await progress.ReportAsync("Resetting database", $"resetting database '{database}'");
            await admin.DropAsync(database, cancellationToken);
            progress.Info($"reset: dropped database '{database}' (Odoo:Reset); its filestore in the Odoo volume is replaced as Odoo writes again");
        }

        if (!await admin.ExistsAsync(database, cancellationToken))
        {
            progress.Info($"database '{database}' does not exist: the Odoo container installs {odoo.Options.Modules} as it starts (the first start takes a minute)");
            installOnStart(true);
            return;
        }

        installOnStart(false);
        var problem = await OdooDatabaseInspector.FindIncompletenessAsync(admin, database, Modules, cancellationToken);
        if (problem is not null)
        {
            throw new OdooStartupException(
                $"database '{database}' exists but is not a complete Odoo database ({problem}); Odoo is not started on it. "
                + "Start once with --reset (or Odoo:Reset=true) to drop and re-create it, or set Odoo:Database to another name.");
        }

        progress.Info($"database '{database}' exists; using it (start with --reset to re-create it)");
    }

    private async Task InstallAsync(
        string program, IReadOnlyList<string> prefix, string workingDirectory, string database, string title, CancellationToken cancellationToken)
    {
        var init = new OdooInitProgress(title, TimeProvider.System);
        await progress.StepAsync("Installing", $"{title}: -d {database} -i {odoo.Options.Modules} --stop-after-init");
        var spec = new ProcessSpec(program, [.. prefix, "-d", database, "-i", odoo.Options.Modules, "--stop-after-init"])
        {
            WorkingDirectory = workingDirectory,
        };
        try
        {
            await OneShotProcess.RunAsync(spec, (line, isError) =>
            {
                progress.Info(line);
                if (init.Observe(line) is { } status)
                {
                    _ = progress.ReportAsync("Installing", status);
                }
            }, cancellationToken);
        }
        catch (OneShotProcessException ex)
        {
            throw new OdooStartupException($"Odoo's install of {odoo.Options.Modules} into '{database}' failed: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Template dumps need pg_dump/pg_restore of the server's release: the local server's own tools. With a
    /// PostgreSQL container templates are cached in its cluster only.
    /// </summary>
    private OdooTemplateStore? TemplateStore()
    {
        if (server is not LocalPostgresServerResource local || string.IsNullOrEmpty(odoo.Options.TemplateStore))
        {
            return null;
        }

        var binaries = local.Binaries;
        if (!File.Exists(binaries.Dump) || !File.Exists(binaries.Restore))
        {
            progress.Info($"no pg_dump/pg_restore in {binaries.BinDirectory}: templates are cached in this data folder only");
            return null;
        }

        return new OdooTemplateStore(odoo.Options.TemplateStore, binaries, databasePassword, progress);
    }

    private OdooDatabaseLogin HostLogin()
    {
        var (host, port) = admin.Address;
        return new OdooDatabaseLogin(host, port, admin.ApplicationUser, databasePassword);
    }

    private async Task<string> AdminPasswordAsync(CancellationToken cancellationToken) =>
        await odoo.AdminPassword.GetValueAsync(cancellationToken) ?? string.Empty;

    private static int Port(EndpointReference endpoint) => endpoint.Port;
}
