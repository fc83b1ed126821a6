using Npgsql;
using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>
/// The database setup against a real local PostgreSQL, with a stand-in for Odoo's install that creates the tables
/// the setup reads (so it runs where no Odoo exists; the same paths run with real Odoo in OdooTemplateCacheTests).
/// </summary>
public sealed class OdooDatabaseSetupTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();
    private readonly AddonsTree _addons = new AddonsTree()
        .Module("base", "{'version': '1.3'}")
        .Module("im_livechat", "{'version': '1.0', 'depends': ['base']}");

    private readonly List<string> _installs = [];
    private DevHostTestApp _app = null!;
    private PostgresDatabaseAdmin _admin = null!;
    private LogBuffer _log = null!;
    private string? _failInstall;

    private string OdooData => Path.Combine(_data.Path, "odoo-data");

    private OdooTemplateKey Key => OdooTemplateKey.Create("18, 0, 0, FINAL, 0, ''", true, ["im_livechat"], [_addons.Path]);

    public async Task InitializeAsync()
    {
        _app = await DevHostTestingBuilder.CreateAsync(b => b.AddPostgres("pg"), ["--DataPath", _data.Path, "--Postgres:Mode", "Local"]);
        await _app.StartAsync();
        await _app.WaitHealthyAsync("pg");
        _admin = new PostgresDatabaseAdmin(_app.App.Resources.OfType<PostgresServerResource>().Single());
        _log = new ResourceLoggerService(TimeProvider.System).Get("odoo");
    }

    [Fact]
    public async Task The_first_database_builds_the_template_once_and_every_other_one_is_cloned_from_it()
    {
        await EnsureAsync("one");
        await EnsureAsync("two");

        Assert.Equal([Key.BuildDatabaseName], _installs);
        Assert.Equal([Key.DatabaseName], await _admin.ListAsync("oa_tpl_", CancellationToken.None));
        Assert.Contains(_log.Tail(20), l => l.StartsWith($"database 'two' cloned from cached template {Key.DatabaseName} in ", StringComparison.Ordinal));
        Assert.Equal("attachment of " + Key.BuildDatabaseName, await File.ReadAllTextAsync(Path.Combine(OdooData, "filestore", "two", "ab", "file")));
        Assert.NotEqual(await UuidAsync("one"), await UuidAsync("two"));
        Assert.StartsWith(OdooDatabaseSetup.ReadyMarker, await _admin.GetCommentAsync("two", CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_addon_builds_a_new_template_and_drops_the_one_it_supersedes()
    {
        var binaries = await PostgresBinaries.LocateAsync(null, CancellationToken.None);
        var store = new OdooTemplateStore(Path.Combine(_data.Path, "store"), binaries, Context(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await EnsureAsync("before", store: store);
        var old = Key;

        _addons.Module("im_livechat", "{'version': '1.1', 'depends': ['base']}");
        await EnsureAsync("after", store: store);

        Assert.NotEqual(old.DatabaseName, Key.DatabaseName);
        Assert.Equal([old.BuildDatabaseName, Key.BuildDatabaseName], _installs);
        Assert.Equal([Key.DatabaseName], await _admin.ListAsync("oa_tpl_", CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "templates", old.Hash)));
        Assert.Contains($"dropped template database {old.DatabaseName}: superseded by {Key.DatabaseName} (other manifest versions)", _log.Tail(20));
        Assert.True(await _admin.ExistsAsync("before", CancellationToken.None));
        Assert.False(store.Contains(old));
        Assert.True(store.Contains(Key));
    }

    [Fact]
    public async Task A_failed_install_leaves_no_template_behind_and_the_next_start_installs_again()
    {
        _failInstall = "Odoo crashed";
        await Assert.ThrowsAsync<InvalidOperationException>(() => EnsureAsync("one"));

        Assert.Empty(await _admin.ListAsync("oa_tpl_", CancellationToken.None));
        Assert.False(await _admin.ExistsAsync("one", CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(OdooData, "filestore", Key.BuildDatabaseName)));

        _failInstall = null;
        await EnsureAsync("one");
        Assert.Equal([Key.BuildDatabaseName, Key.BuildDatabaseName], _installs);
        Assert.True(await _admin.ExistsAsync("one", CancellationToken.None));
    }

    [Fact]
    public async Task An_existing_database_is_kept_unless_a_reset_is_asked_for()
    {
        await EnsureAsync("kept");
        await ExecuteAsync("kept", "CREATE TABLE probe (value text)");

        await EnsureAsync("kept");
        Assert.True(await HasProbeAsync("kept"));

        await EnsureAsync("kept", reset: true);
        Assert.False(await HasProbeAsync("kept"));
        Assert.Contains("reset: dropped database 'kept' and its filestore (Odoo:Reset)", _log.Tail(20));
    }

    [Fact]
    public async Task A_database_without_Odoo_tables_is_refused_with_the_reset_advice_and_reset_repairs_it()
    {
        await _admin.CreateEmptyAsync("half", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => EnsureAsync("half"));
        Assert.Contains("database 'half' exists but is not a complete Odoo database (it has no Odoo module table", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Start once with --reset (or Odoo:Reset=true)", error.Reason, StringComparison.Ordinal);

        await EnsureAsync("half", reset: true);
        Assert.StartsWith(OdooDatabaseSetup.ReadyMarker, await _admin.GetCommentAsync("half", CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_with_a_module_half_way_through_its_install_is_refused()
    {
        await _admin.CreateEmptyAsync("interrupted", CancellationToken.None);
        await ExecuteAsync("interrupted",
            "CREATE TABLE ir_module_module (name text, state text);"
            + "INSERT INTO ir_module_module VALUES ('base', 'installed'), ('im_livechat', 'to install')");

        var error = await Assert.ThrowsAsync<ResourceFailedException>(() => EnsureAsync("interrupted"));

        Assert.Contains("its modules are not completely installed: im_livechat is 'to install'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_database_the_host_did_not_make_is_adopted()
    {
        await _admin.CreateEmptyAsync("foreign", CancellationToken.None);
        await ExecuteAsync("foreign",
            "CREATE TABLE ir_module_module (name text, state text);"
            + "INSERT INTO ir_module_module VALUES ('base', 'installed'), ('im_livechat', 'installed'), ('crm', 'uninstalled')");

        await EnsureAsync("foreign");

        Assert.Empty(_installs);
        Assert.Equal($"{OdooDatabaseSetup.ReadyMarker} (adopted)", await _admin.GetCommentAsync("foreign", CancellationToken.None));
    }

    [Fact]
    public async Task A_template_lost_from_the_cluster_is_restored_from_the_store_without_installing()
    {
        var binaries = await PostgresBinaries.LocateAsync(null, CancellationToken.None);
        var store = new OdooTemplateStore(Path.Combine(_data.Path, "store"), binaries, Context(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await EnsureAsync("before", store: store);
        Assert.True(store.Contains(Key));

        await _admin.DropAsync(Key.DatabaseName, CancellationToken.None);
        Directory.Delete(Path.Combine(_data.Path, "templates"), recursive: true);
        await EnsureAsync("after", store: store);

        Assert.Single(_installs);
        Assert.Contains(_log.Tail(20), l => l.StartsWith($"template database {Key.DatabaseName} restored in ", StringComparison.Ordinal));
        Assert.Equal("attachment of " + Key.BuildDatabaseName, await File.ReadAllTextAsync(Path.Combine(OdooData, "filestore", "after", "ab", "file")));
        Assert.Equal("im_livechat", await ScalarAsync("after", "SELECT name FROM ir_module_module WHERE name = 'im_livechat'"));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _addons.Dispose();
        _data.Dispose();
    }

    private Task EnsureAsync(string database, bool reset = false, OdooTemplateStore? store = null) =>
        new OdooDatabaseSetup(_admin, new HostFilestores(OdooData, Path.Combine(_data.Path, "templates")), Path.Combine(_data.Path, "templates"), InstallAsync, store, isRealOdoo: true, Context(), TimeProvider.System)
            .EnsureAsync(database, ["im_livechat"], reset, Key, CancellationToken.None);

    private ResourceStartContext Context() =>
        new(_app.App.Resources.OfType<PostgresServerResource>().Single(), new Dictionary<string, string>(), [], _log, _ => { });

    /// <summary>What Odoo's install leaves that the setup relies on: the module table, the identity, one attachment.</summary>
    private async Task InstallAsync(string database, string title, CancellationToken cancellationToken)
    {
        _installs.Add(database);
        await _admin.CreateEmptyAsync(database, cancellationToken);
        Directory.CreateDirectory(Path.Combine(OdooData, "filestore", database, "ab"));
        await File.WriteAllTextAsync(Path.Combine(OdooData, "filestore", database, "ab", "file"), "attachment of " + database, cancellationToken);
        if (_failInstall is not null)
        {
            throw new InvalidOperationException(_failInstall);
        }

        await ExecuteAsync(database,
            "CREATE TABLE ir_module_module (name text, state text);"
            + "INSERT INTO ir_module_module VALUES ('base', 'installed'), ('im_livechat', 'installed');"
            + "CREATE TABLE ir_config_parameter (key text, value text);"
            + "INSERT INTO ir_config_parameter VALUES ('database.uuid', 'template-uuid'), ('database.secret', 'template-secret')");
    }

    private async Task<bool> HasProbeAsync(string database) => await ScalarAsync(database, "SELECT to_regclass('probe') IS NOT NULL") is true;

    private Task<object?> UuidAsync(string database) => ScalarAsync(database, "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'");

    private async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = await _admin.OpenAsync(database, CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await _admin.OpenAsync(database, CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
