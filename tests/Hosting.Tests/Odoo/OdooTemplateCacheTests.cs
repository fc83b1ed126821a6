using System.Diagnostics;
using Npgsql;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Testing;
using OdooAspire.Hosting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>Source mode against a real Odoo tree (ODOO_SOURCE): the template cache, --reset, half-made databases.</summary>
public sealed class OdooTemplateCacheTests(RealOdooData data, ITestOutputHelper output) : IClassFixture<RealOdooData>
{
    /// <summary>A start may include Odoo's install of im_livechat (about a minute on two busy cores).</summary>
    private static readonly TimeSpan ColdStart = TestTimeouts.Long * 3;

    [OdooSourceFact]
    public async Task A_new_database_is_cloned_from_the_template_the_first_install_left()
    {
        await StartAndStopAsync("first");
        var (elapsed, logs) = await StartAndStopAsync("second");

        Assert.Contains(logs, l => l.StartsWith("database 'second' cloned from cached template oa_tpl_", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.StartsWith("initialising template", StringComparison.Ordinal));
        output.WriteLine($"cloned start (database created, Odoo healthy): {elapsed.TotalSeconds:0.0} s");
        Assert.Equal("installed", await ScalarAsync("second", "SELECT state FROM ir_module_module WHERE name = 'im_livechat'"));
        Assert.NotEqual(
            await ScalarAsync("first", "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'"),
            await ScalarAsync("second", "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'"));
    }

    [OdooSourceFact]
    public async Task An_existing_database_is_kept_and_reset_re_creates_it()
    {
        await StartAndStopAsync("kept");
        await ExecuteAsync("kept", "CREATE TABLE odooaspire_probe (value text)");

        var (_, again) = await StartAndStopAsync("kept");
        Assert.Contains("database 'kept' exists; using it (start with --reset to re-create it)", again);
        Assert.Equal(true, await ScalarAsync("kept", "SELECT to_regclass('odooaspire_probe') IS NOT NULL"));

        var (_, reset) = await StartAndStopAsync("kept", "--reset");
        Assert.Contains("reset: dropped database 'kept' and its filestore (Odoo:Reset)", reset);
        Assert.Contains(reset, l => l.StartsWith("database 'kept' cloned from cached template", StringComparison.Ordinal));
        Assert.Equal(false, await ScalarAsync("kept", "SELECT to_regclass('odooaspire_probe') IS NOT NULL"));
    }

    [OdooSourceFact]
    public async Task A_database_whose_install_never_finished_is_refused_with_the_reset_advice()
    {
        await using (var app = await CreateAsync("halfmade", withEmptyDatabase: true))
        {
            await app.StartAsync();
            using var deadline = new CancellationTokenSource(ColdStart);
            var error = await Assert.ThrowsAsync<ResourceFailedException>(() => app.WaitForResourceHealthyAsync("odoo", deadline.Token));

            Assert.Equal("odoo", error.ResourceName);
            Assert.Contains("database 'halfmade' exists but is not a complete Odoo database (it has no Odoo module table", error.Reason, StringComparison.Ordinal);
            Assert.Contains("Start once with --reset (or Odoo:Reset=true)", error.Reason, StringComparison.Ordinal);
        }

        var (_, logs) = await StartAndStopAsync("halfmade", "--reset");
        Assert.Contains(logs, l => l.StartsWith("database 'halfmade' cloned from cached template", StringComparison.Ordinal));
    }

    [OdooSourceFact]
    public async Task A_new_data_folder_restores_the_template_from_the_store_instead_of_installing()
    {
        await StartAndStopAsync("seed");

        var (_, logs) = await StartAndStopAsync("fresh", "--DataPath", data.OtherDataPath("data-fresh"));

        Assert.Contains(logs, l => l.StartsWith("template database oa_tpl_", StringComparison.Ordinal) && l.Contains(" s from the template store ", StringComparison.Ordinal) && l.Contains(" restored in ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.StartsWith("initialising template", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.StartsWith("database 'fresh' cloned from cached template", StringComparison.Ordinal));
    }

    private async Task<(TimeSpan Elapsed, IReadOnlyList<string> Logs)> StartAndStopAsync(string database, params string[] extra)
    {
        await using var app = await CreateAsync(database, withEmptyDatabase: false, extra);
        var started = Stopwatch.StartNew();
        await app.StartAsync();
        await app.WaitHealthyAsync("odoo", ColdStart);
        var elapsed = started.Elapsed;
        var logs = app.GetLogs("odoo").Snapshot().Select(l => l.Text).ToList();
        output.WriteLine($"{database} {string.Join(' ', extra)}: healthy in {elapsed.TotalSeconds:0.0} s");
        foreach (var line in logs.Where(l => l.StartsWith("database", StringComparison.Ordinal) || l.StartsWith("template", StringComparison.Ordinal) || l.StartsWith("reset", StringComparison.Ordinal)))
        {
            output.WriteLine("  " + line);
        }

        return (elapsed, logs);
    }

    private Task<DevHostTestApp> CreateAsync(string database, bool withEmptyDatabase, params string[] extra) =>
        DevHostTestingBuilder.CreateAsync(builder =>
        {
            var postgres = builder.AddPostgres("pg");
            var odoo = builder.AddOdoo("odoo").WithReference(postgres).WaitFor(postgres);
            if (withEmptyDatabase)
            {
                odoo.WaitFor(postgres.AddDatabase("empty", database));
            }
        },
        [
            "--DataPath", data.Path, "--Postgres:Mode", "Local", "--Odoo:TemplateStore", data.TemplateStore,
            "--Odoo:Mode", "Source", "--Odoo:SourcePath", OdooSource.Path!, "--Odoo:Database", database,
            .. extra,
        ]);

    private Task<object?> ScalarAsync(string database, string sql) =>
        WithConnectionAsync(database, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync();
        });

    private Task<int> ExecuteAsync(string database, string sql) =>
        WithConnectionAsync(database, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteNonQueryAsync();
        });

    /// <summary>Runs <paramref name="use"/> as the application role, with the server started just for it.</summary>
    private async Task<T> WithConnectionAsync<T>(string database, Func<NpgsqlConnection, Task<T>> use)
    {
        await using var app = await DevHostTestingBuilder.CreateAsync(b => b.AddPostgres("pg"), ["--DataPath", data.Path, "--Postgres:Mode", "Local"]);
        await app.StartAsync();
        await app.WaitHealthyAsync("pg");
        var builder = new NpgsqlConnectionStringBuilder(await app.GetConnectionStringAsync("pg")) { Database = database, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return await use(connection);
    }
}
