using System.Diagnostics;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Odoo.Fixtures;

/// <summary>
/// Real Odoo from the source tree <see cref="OdooSource"/> names: one data folder and one template store for the test
/// class, and the cold first start (Odoo's install of im_livechat into the template) done once, its outcome kept for
/// the tests. Nothing is started when the tree is missing (the tests are then skipped).
/// </summary>
public sealed class RealOdooFixture : IAsyncLifetime
{
    public const string FirstDatabase = "first";

    /// <summary>A start may include Odoo's install of im_livechat (about a minute on two busy cores).</summary>
    public static readonly TimeSpan ColdStart = TestTimeouts.Long * 3;

    private readonly TemporaryDirectory _root = new();

    /// <summary>The class's data folder (its PostgreSQL cluster, Odoo's filestores and templates).</summary>
    public string DataPath => Path.Combine(_root.Path, "data");

    /// <summary>The template store every data folder of the class shares.</summary>
    public string TemplateStore => Path.Combine(_root.Path, "templates");

    /// <summary>What the cold first start showed; null when no Odoo tree is available.</summary>
    internal ColdStartOutcome? Cold { get; private set; }

    /// <summary>Another data folder (another cluster) using the same template store.</summary>
    public string OtherDataPath(string name) => Path.Combine(_root.Path, name);

    public async Task InitializeAsync()
    {
        if (OdooSource.UnavailableReason is not null)
        {
            return;
        }

        // The data folders sit one level down: the postgres OS account must be able to pass through this one.
        UnixPermissions.Set(_root.Path, UnixPermissions.Get(_root.Path) | UnixFileMode.OtherExecute);
        var (run, elapsed) = await StartAsync(DataPath, FirstDatabase);
        await using (run)
        {
            Cold = new ColdStartOutcome(
                elapsed,
                run.Log(AppRun.Odoo).Lines,
                (string?)await run.ScalarAsync(FirstDatabase, "SELECT state FROM ir_module_module WHERE name = 'im_livechat'"),
                (string?)await run.ScalarAsync(FirstDatabase, "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'"));
        }
    }

    /// <summary>Starts PostgreSQL and Odoo (Source mode) on <paramref name="dataPath"/> and waits until Odoo is healthy.</summary>
    internal async Task<(AppRun Run, TimeSpan Elapsed)> StartAsync(string dataPath, string database, params string[] extra)
    {
        var clock = Stopwatch.StartNew();
        var run = await StartUnhealthyAsync(dataPath, database, extra);
        try
        {
            await run.WaitHealthyAsync(AppRun.Odoo, ColdStart);
            return (run, clock.Elapsed);
        }
        catch
        {
            await run.StopAsync();
            throw;
        }
    }

    /// <summary>Starts PostgreSQL and Odoo (Source mode) on <paramref name="dataPath"/>; Odoo may still be starting, or fail.</summary>
    internal Task<AppRun> StartUnhealthyAsync(string dataPath, string database, params string[] extra) =>
        AppRun.StartWithOdooAsync(dataPath,
        [
            "--Odoo:Mode", "Source", "--Odoo:SourcePath", OdooSource.Path!, "--Odoo:TemplateStore", TemplateStore,
            "--Odoo:Database", database, .. extra,
        ]);

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The cold start's time to healthy, Odoo's log, im_livechat's state and the database's uuid.</summary>
    internal sealed record ColdStartOutcome(TimeSpan Elapsed, IReadOnlyList<string> Log, string? LiveChatState, string? Uuid);
}
