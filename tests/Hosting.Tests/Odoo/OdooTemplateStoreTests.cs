using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>
/// The template store: a template kept as a pg_dump (made by the server's own release of pg_dump) with its filestore,
/// so another data folder's cluster restores it with pg_restore instead of running Odoo's install.
/// </summary>
public sealed class OdooTemplateStoreTests(TemplateStoreFixture fixture) : IClassFixture<TemplateStoreFixture>, IDisposable
{
    private readonly List<SetupScenario> _scenarios = [];

    [LocalPostgresFact]
    public async Task A_new_data_folder_restores_the_template_from_the_store_instead_of_installing()
    {
        var store = fixture.StorePath;
        var seed = Scenario(fixture.First);
        await seed.EnsureAsync("seed", store: seed.Store(store));
        var fresh = Scenario(fixture.Second, seed.Id);
        Assert.Equal(seed.Key.Hash, fresh.Key.Hash);

        await fresh.EnsureAsync("fresh", store: fresh.Store(store));

        var key = fresh.Key;
        var database = fresh.Database("fresh");
        Assert.Empty(fresh.Installs);
        Assert.Contains(fresh.Log.Lines, l => l.StartsWith($"template database {key.DatabaseName} restored in ", StringComparison.Ordinal)
            && l.EndsWith($" s from the template store {Path.Combine(store, key.Hash)}", StringComparison.Ordinal));
        Assert.DoesNotContain(fresh.Log.Lines, l => l.StartsWith("initialising template", StringComparison.Ordinal));
        Assert.Contains(fresh.Log.Lines, l => l.StartsWith($"database '{database}' cloned from cached template {key.DatabaseName}", StringComparison.Ordinal));
        Assert.Equal(SetupScenario.Module, await fresh.Cluster.ScalarAsync(database, $"SELECT name FROM ir_module_module WHERE name = '{SetupScenario.Module}'"));
        Assert.Equal("attachment of " + key.BuildDatabaseName, await File.ReadAllTextAsync(fresh.Attachment(database)));
        Assert.Equal("odoo", await fresh.Cluster.ScalarAsync(database, "SELECT tableowner FROM pg_tables WHERE tablename = 'ir_module_module'"));
    }

    [LocalPostgresFact]
    public async Task An_entry_is_written_whole_the_dump_the_filestore_and_the_key_and_nothing_half_written_is_left()
    {
        var scenario = Scenario(fixture.First);
        var store = scenario.Store(fixture.StorePath);

        await scenario.EnsureAsync("saved", store: store);

        var entry = store.FolderFor(scenario.Key);
        Assert.True(new FileInfo(Path.Combine(entry, "database.dump")).Length > 0);
        Assert.Equal("attachment of " + scenario.Key.BuildDatabaseName, await File.ReadAllTextAsync(Path.Combine(entry, "filestore", "ab", "file")));
        Assert.Equal(scenario.Key.Text, await File.ReadAllTextAsync(Path.Combine(entry, "key.txt")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(fixture.StorePath), d => Path.GetFileName(d).StartsWith('.'));
        Assert.Contains(scenario.Log.Lines, l => l.StartsWith($"template database {scenario.Key.DatabaseName} saved to the template store {entry} in ", StringComparison.Ordinal));
        Assert.Equal((true, false), await scenario.Cluster.TemplateFlagsAsync(scenario.Key.DatabaseName));
    }

    [LocalPostgresFact]
    public async Task A_template_cached_before_a_store_was_used_is_saved_to_it_at_the_next_start()
    {
        var scenario = Scenario(fixture.First);
        await scenario.EnsureAsync("one");
        var store = scenario.Store(fixture.StorePath);
        Assert.False(store.Contains(scenario.Key));

        await scenario.EnsureAsync("two", store: store);

        Assert.True(store.Contains(scenario.Key));
        Assert.Single(scenario.Installs);
        Assert.Equal((true, false), await scenario.Cluster.TemplateFlagsAsync(scenario.Key.DatabaseName));
    }

    [LocalPostgresFact]
    public async Task A_template_lost_from_the_cluster_is_restored_from_the_store_without_installing()
    {
        var scenario = Scenario(fixture.First);
        var store = scenario.Store(fixture.StorePath);
        await scenario.EnsureAsync("before", store: store);
        var key = scenario.Key;

        await scenario.Cluster.Admin.DropAsync(key.DatabaseName, CancellationToken.None);
        Directory.Delete(scenario.Templates, recursive: true);
        await scenario.EnsureAsync("after", store: store);

        Assert.Single(scenario.Installs);
        Assert.Contains(scenario.Log.Lines, l => l.StartsWith($"template database {key.DatabaseName} restored in ", StringComparison.Ordinal));
        Assert.Equal("attachment of " + key.BuildDatabaseName, await File.ReadAllTextAsync(scenario.Attachment(scenario.Database("after"))));
        Assert.Equal(SetupScenario.Module, await scenario.Cluster.ScalarAsync(scenario.Database("after"), $"SELECT name FROM ir_module_module WHERE name = '{SetupScenario.Module}'"));
    }

    [LocalPostgresFact]
    public async Task A_damaged_entry_is_not_used_the_template_is_installed_instead_and_the_entry_replaced()
    {
        var seed = Scenario(fixture.First);
        await seed.EnsureAsync("seed", store: seed.Store(fixture.StorePath));
        var dump = Path.Combine(seed.Store(fixture.StorePath).FolderFor(seed.Key), "database.dump");
        await File.WriteAllTextAsync(dump, "not a dump");
        var fresh = Scenario(fixture.Second, seed.Id);

        await fresh.EnsureAsync("fresh", store: fresh.Store(fixture.StorePath));

        var key = fresh.Key;
        Assert.Equal([key.BuildDatabaseName], fresh.Installs);
        Assert.Contains(fresh.Log.Lines, l => l.StartsWith($"the template store entry {Path.Combine(fixture.StorePath, key.Hash)} could not be restored (pg_restore exited with code ", StringComparison.Ordinal)
            && l.EndsWith("; installing instead, and replacing the entry", StringComparison.Ordinal));
        Assert.True(await fresh.Cluster.Admin.ExistsAsync(fresh.Database("fresh"), CancellationToken.None));
        Assert.Equal((true, false), await fresh.Cluster.TemplateFlagsAsync(key.DatabaseName));
        Assert.StartsWith("PGDMP", await File.ReadAllTextAsync(dump), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var scenario in _scenarios)
        {
            scenario.Dispose();
        }
    }

    private SetupScenario Scenario(PostgresCluster cluster, string? id = null)
    {
        var scenario = new SetupScenario(cluster, id);
        _scenarios.Add(scenario);
        return scenario;
    }
}
