using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// One test's database setup on a cluster its class shares: its own Odoo data folder and template folders, an addons
/// tree, an Odoo version of its own (so its template key is its own), database names prefixed with its id, a logger
/// that keeps the lines, and a stand-in for Odoo's install that makes the tables the setup reads.
/// </summary>
internal sealed class SetupScenario : IDisposable
{
    public const string Module = "im_livechat";

    private static int s_count;
    private readonly TemporaryDirectory _folder = new();
    private readonly List<string> _installs = [];
    private readonly StandInResource _resource;

    /// <param name="cluster">Where the databases are made.</param>
    /// <param name="id">Another scenario's id, to share its template key (on another cluster); a new one when null.</param>
    public SetupScenario(PostgresCluster cluster, string? id = null)
    {
        Cluster = cluster;
        Id = id ?? $"t{Interlocked.Increment(ref s_count)}";
        _resource = new StandInResource($"odoo-{Id}");
        Addons = new AddonsTree()
            .Module("base", "{'version': '1.3'}")
            .Module(Module, "{'version': '1.0', 'depends': ['base']}");
    }

    public PostgresCluster Cluster { get; }

    public string Id { get; }

    public AddonsTree Addons { get; }

    /// <summary>What the setup wrote to the resource's log.</summary>
    public RecordingLogger Log { get; } = new();

    /// <summary>The databases Odoo's install ran on, in order.</summary>
    public IReadOnlyList<string> Installs => [.. _installs];

    /// <summary>When set, the stand-in install fails with this message after it created the database and a file.</summary>
    public string? FailInstall { get; set; }

    /// <summary>Odoo's data_dir (the filestores).</summary>
    public string OdooData => Path.Combine(_folder.Path, "odoo-data");

    /// <summary>The cached templates' folders (key and filestore).</summary>
    public string Templates => Path.Combine(_folder.Path, "templates");

    /// <summary>The key of what the addons tree holds now.</summary>
    public OdooTemplateKey Key => OdooTemplateKey.Create($"18, 0, 0, FINAL, 0, '{Id}'", withoutDemo: true, [Module], [Addons.Path]);

    public string Database(string name) => $"{Id}_{name}";

    public string Filestore(string database) => OdooFilestore.For(OdooData, database);

    /// <summary>The file the stand-in install leaves in the filestore of <paramref name="database"/>.</summary>
    public string Attachment(string database) => Path.Combine(Filestore(database), "ab", "file");

    public OdooTemplateStore Store(string root) => new(root, Cluster.Binaries, Cluster.ApplicationPassword, Progress());

    /// <summary>Makes sure the database <see cref="Database"/>(<paramref name="name"/>) is there, as Odoo's start-up does.</summary>
    public async Task EnsureAsync(string name, bool reset = false, OdooTemplateStore? store = null)
    {
        using var timeout = TestTimeouts.LongToken();
        var setup = new OdooDatabaseSetup(
            Cluster.Admin, new HostFilestores(OdooData, Templates), Templates, InstallAsync, store, Progress(), TimeProvider.System);
        await setup.EnsureAsync(Database(name), [Module], reset, Key, timeout.Token);
    }

    /// <summary>The state the setup last showed on the resource, and its detail property.</summary>
    public (string? State, string? Detail) CurrentState()
    {
        if (!Cluster.Notifications.TryGetCurrentState(_resource.Name, out var e))
        {
            return (null, null);
        }

        var detail = e.Snapshot.Properties.SingleOrDefault(p => p.Name == OdooProgress.DetailProperty)?.Value as string;
        return (e.Snapshot.State?.Text, detail);
    }

    public void Dispose()
    {
        Addons.Dispose();
        _folder.Dispose();
    }

    private OdooProgress Progress() => new(_resource, Cluster.Notifications, Log);

    /// <summary>What Odoo's install leaves that the setup relies on: the database, the module table, the identity, one attachment.</summary>
    private async Task InstallAsync(string database, string title, CancellationToken cancellationToken)
    {
        _installs.Add(database);
        await Cluster.Admin.CreateEmptyAsync(database, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(Attachment(database))!);
        await File.WriteAllTextAsync(Attachment(database), "attachment of " + database, cancellationToken);
        if (FailInstall is not null)
        {
            throw new OdooStartupException($"Odoo's install of {Module} into '{database}' failed: {FailInstall}");
        }

        await Cluster.ExecuteAsync(database,
            "CREATE TABLE ir_module_module (name text, state text);"
            + $"INSERT INTO ir_module_module VALUES ('base', 'installed'), ('{Module}', 'installed');"
            + "CREATE TABLE ir_config_parameter (key text, value text);"
            + "INSERT INTO ir_config_parameter VALUES ('database.uuid', 'template-uuid'), ('database.secret', 'template-secret'), ('database.create_date', 'then')");
    }

    /// <summary>The resource whose state the setup's progress publishes (an Odoo resource in the real start-up).</summary>
    private sealed class StandInResource(string name) : Resource(name);
}
