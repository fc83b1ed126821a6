using OdooAspire.Hosting.Odoo;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>
/// The database setup Odoo's start-up runs, against a real PostgreSQL started by Aspire, with a stand-in for Odoo's
/// install that makes the tables the setup reads (the same paths run with real Odoo in OdooTemplateCacheTests).
/// Each test has its own template key and database names on the class's cluster.
/// </summary>
public sealed class OdooDatabaseSetupTests(PostgresClusterFixture fixture) : IClassFixture<PostgresClusterFixture>, IDisposable
{
    private readonly SetupScenario _scenario = new(fixture.Cluster);

    private PostgresCluster Cluster => fixture.Cluster;

    [LocalPostgresFact]
    public async Task The_first_database_builds_the_template_once_and_every_other_one_is_cloned_from_it()
    {
        var key = _scenario.Key;
        string one = _scenario.Database("one"), two = _scenario.Database("two");

        await _scenario.EnsureAsync("one");
        await _scenario.EnsureAsync("two");

        Assert.Equal([key.BuildDatabaseName], _scenario.Installs);
        Assert.False(await Cluster.Admin.ExistsAsync(key.BuildDatabaseName, CancellationToken.None));
        Assert.Equal((true, false), await Cluster.TemplateFlagsAsync(key.DatabaseName));
        Assert.Contains(_scenario.Log.Lines, l => l.StartsWith($"database '{two}' cloned from cached template {key.DatabaseName} in ", StringComparison.Ordinal));
        Assert.Equal("attachment of " + key.BuildDatabaseName, await File.ReadAllTextAsync(_scenario.Attachment(two)));
        Assert.NotEqual(await UuidAsync(one), await UuidAsync(two));
        Assert.NotEqual("template-uuid", await UuidAsync(two));
        Assert.StartsWith($"{OdooDatabaseSetup.ReadyMarker} (cloned from {key.DatabaseName})", await Cluster.Admin.GetCommentAsync(two, CancellationToken.None), StringComparison.Ordinal);
        Assert.Equal("odoo", await Cluster.ScalarAsync("postgres", $"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '{two}'"));
    }

    [LocalPostgresFact]
    public async Task The_resource_shows_the_step_in_progress_as_its_state_with_the_details_in_a_property()
    {
        await _scenario.EnsureAsync("shown");

        var (state, detail) = _scenario.CurrentState();
        Assert.Equal("Database ready", state);
        Assert.StartsWith($"database '{_scenario.Database("shown")}' cloned from cached template {_scenario.Key.DatabaseName} in ", detail, StringComparison.Ordinal);
    }

    [LocalPostgresFact]
    public async Task A_changed_addon_builds_a_new_template_and_drops_the_one_it_supersedes_with_its_store_entry()
    {
        using var storeFolder = new TemporaryDirectory();
        var store = _scenario.Store(storeFolder.Path);
        await _scenario.EnsureAsync("before", store: store);
        var old = _scenario.Key;
        Assert.True(store.Contains(old));

        _scenario.Addons.Module(SetupScenario.Module, "{'version': '1.1', 'depends': ['base']}");
        await _scenario.EnsureAsync("after", store: store);
        var current = _scenario.Key;

        Assert.NotEqual(old.DatabaseName, current.DatabaseName);
        Assert.Equal([old.BuildDatabaseName, current.BuildDatabaseName], _scenario.Installs);
        Assert.False(await Cluster.Admin.ExistsAsync(old.DatabaseName, CancellationToken.None));
        Assert.True(await Cluster.Admin.ExistsAsync(current.DatabaseName, CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(_scenario.Templates, old.Hash)));
        Assert.True(File.Exists(Path.Combine(_scenario.Templates, current.Hash, "key.txt")));
        Assert.Contains($"dropped template database {old.DatabaseName}: superseded by {current.DatabaseName} (other manifest versions)", _scenario.Log.Lines);
        Assert.False(store.Contains(old));
        Assert.False(Directory.Exists(store.FolderFor(old)));
        Assert.True(store.Contains(current));
        Assert.True(await Cluster.Admin.ExistsAsync(_scenario.Database("before"), CancellationToken.None), "a database cloned from the old template is the user's: it stays");
    }

    [LocalPostgresFact]
    public async Task A_failed_install_leaves_no_template_behind_and_the_next_start_installs_again()
    {
        var key = _scenario.Key;
        var one = _scenario.Database("one");
        _scenario.FailInstall = "Odoo crashed";

        var error = await Assert.ThrowsAsync<OdooStartupException>(() => _scenario.EnsureAsync("one"));

        Assert.EndsWith("Odoo crashed", error.Message, StringComparison.Ordinal);
        Assert.Equal([key.BuildDatabaseName], _scenario.Installs);
        Assert.False(await Cluster.Admin.ExistsAsync(key.BuildDatabaseName, CancellationToken.None));
        Assert.False(await Cluster.Admin.ExistsAsync(key.DatabaseName, CancellationToken.None));
        Assert.False(await Cluster.Admin.ExistsAsync(one, CancellationToken.None));
        Assert.False(Directory.Exists(_scenario.Filestore(key.BuildDatabaseName)));
        Assert.False(Directory.Exists(Path.Combine(_scenario.Templates, key.Hash)));

        _scenario.FailInstall = null;
        await _scenario.EnsureAsync("one");

        Assert.Equal([key.BuildDatabaseName, key.BuildDatabaseName], _scenario.Installs);
        Assert.True(await Cluster.Admin.ExistsAsync(one, CancellationToken.None));
        Assert.Equal((true, false), await Cluster.TemplateFlagsAsync(key.DatabaseName));
    }

    [LocalPostgresFact]
    public async Task An_existing_complete_database_is_kept_as_it_is()
    {
        var kept = _scenario.Database("kept");
        await _scenario.EnsureAsync("kept");
        await Cluster.ExecuteAsync(kept, "CREATE TABLE probe (value text)");

        await _scenario.EnsureAsync("kept");

        Assert.True(await HasProbeAsync(kept));
        Assert.Single(_scenario.Installs);
        Assert.Contains($"database '{kept}' exists; using it (start with --reset to re-create it)", _scenario.Log.Lines);
    }

    [LocalPostgresFact]
    public async Task A_reset_drops_the_database_and_its_filestore_and_clones_it_again()
    {
        var kept = _scenario.Database("kept");
        await _scenario.EnsureAsync("kept");
        await Cluster.ExecuteAsync(kept, "CREATE TABLE probe (value text)");
        var extra = Path.Combine(_scenario.Filestore(kept), "zz", "uploaded");
        Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        await File.WriteAllTextAsync(extra, "uploaded after the clone");

        await _scenario.EnsureAsync("kept", reset: true);

        Assert.False(await HasProbeAsync(kept));
        Assert.False(File.Exists(extra));
        Assert.True(File.Exists(_scenario.Attachment(kept)));
        Assert.Single(_scenario.Installs);
        Assert.Contains($"reset: dropped database '{kept}' and its filestore (Odoo:Reset)", _scenario.Log.Lines);
        Assert.Equal(2, _scenario.Log.Lines.Count(l => l.StartsWith($"database '{kept}' cloned from cached template", StringComparison.Ordinal)));
    }

    [LocalPostgresFact]
    public async Task A_database_without_Odoo_tables_is_refused_with_the_reset_advice_and_reset_repairs_it()
    {
        var half = _scenario.Database("half");
        await Cluster.Admin.CreateEmptyAsync(half, CancellationToken.None);

        var error = await Assert.ThrowsAsync<OdooStartupException>(() => _scenario.EnsureAsync("half"));

        Assert.Contains($"database '{half}' exists but is not a complete Odoo database (it has no Odoo module table", error.Message, StringComparison.Ordinal);
        Assert.Contains("Start once with --reset (or Odoo:Reset=true) to drop and re-create it", error.Message, StringComparison.Ordinal);
        Assert.Empty(_scenario.Installs);
        Assert.True(await Cluster.Admin.ExistsAsync(half, CancellationToken.None), "a refused database is left as it is");

        await _scenario.EnsureAsync("half", reset: true);

        Assert.StartsWith(OdooDatabaseSetup.ReadyMarker, await Cluster.Admin.GetCommentAsync(half, CancellationToken.None), StringComparison.Ordinal);
        Assert.Equal(SetupScenario.Module, await Cluster.ScalarAsync(half, $"SELECT name FROM ir_module_module WHERE name = '{SetupScenario.Module}'"));
    }

    [LocalPostgresFact]
    public async Task A_database_with_a_module_half_way_through_its_install_is_refused()
    {
        var interrupted = _scenario.Database("interrupted");
        await Cluster.Admin.CreateEmptyAsync(interrupted, CancellationToken.None);
        await Cluster.ExecuteAsync(interrupted,
            "CREATE TABLE ir_module_module (name text, state text);"
            + "INSERT INTO ir_module_module VALUES ('base', 'installed'), ('im_livechat', 'to install')");

        var error = await Assert.ThrowsAsync<OdooStartupException>(() => _scenario.EnsureAsync("interrupted"));

        Assert.Contains("its modules are not completely installed: im_livechat is 'to install'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--reset", error.Message, StringComparison.Ordinal);
    }

    [LocalPostgresFact]
    public async Task A_complete_database_the_host_did_not_make_is_adopted_without_an_install()
    {
        var foreign = _scenario.Database("foreign");
        await Cluster.Admin.CreateEmptyAsync(foreign, CancellationToken.None);
        await Cluster.ExecuteAsync(foreign,
            "CREATE TABLE ir_module_module (name text, state text);"
            + "INSERT INTO ir_module_module VALUES ('base', 'installed'), ('im_livechat', 'installed'), ('crm', 'uninstalled')");

        await _scenario.EnsureAsync("foreign");

        Assert.Empty(_scenario.Installs);
        Assert.Equal($"{OdooDatabaseSetup.ReadyMarker} (adopted)", await Cluster.Admin.GetCommentAsync(foreign, CancellationToken.None));
        Assert.Contains($"database '{foreign}' exists and is complete; using it", _scenario.Log.Lines);
    }

    public void Dispose() => _scenario.Dispose();

    private Task<object?> UuidAsync(string database) => Cluster.ScalarAsync(database, "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'");

    private async Task<bool> HasProbeAsync(string database) => await Cluster.ScalarAsync(database, "SELECT to_regclass('probe') IS NOT NULL") is true;
}
