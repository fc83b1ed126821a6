using System.Globalization;
using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>
/// Source mode against a real Odoo tree (ODOO_SOURCE): the first start installs im_livechat once into a template, every
/// later database is cloned from it, and another data folder restores it from the template store.
/// </summary>
public sealed class OdooTemplateCacheTests(RealOdooFixture fixture, ITestOutputHelper output) : IClassFixture<RealOdooFixture>
{
    private const string LiveChatState = "SELECT state FROM ir_module_module WHERE name = 'im_livechat'";
    private const string Uuid = "SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'";

    /// <summary>What "in seconds" means for a clone or a restore (Odoo's install takes about a minute).</summary>
    private static readonly TimeSpan Quick = TestTimeouts.Short;

    private RealOdooFixture.ColdStartOutcome Cold => fixture.Cold ?? throw new InvalidOperationException("The cold start did not run.");

    [OdooSourceFact]
    public void A_cold_start_installs_im_livechat_into_the_template_and_the_database()
    {
        output.WriteLine($"cold start (install of im_livechat, template saved to the store, database cloned) to healthy: {Cold.Elapsed.TotalSeconds:F1} s");
        Print(Cold.Log);

        Assert.Contains(Cold.Log, l => l.Contains("initialising template database oa_tpl_", StringComparison.Ordinal) && l.Contains("with im_livechat (cold", StringComparison.Ordinal));
        Assert.Contains(Cold.Log, l => l.Contains("saved to the template store " + fixture.TemplateStore, StringComparison.Ordinal));
        Assert.Contains(Cold.Log, l => l.Contains($"database '{RealOdooFixture.FirstDatabase}' cloned from cached template oa_tpl_", StringComparison.Ordinal));
        Assert.Equal("installed", Cold.LiveChatState);
        Assert.Single(Directory.EnumerateFiles(fixture.TemplateStore, "database.dump", SearchOption.AllDirectories));
    }

    [OdooSourceFact]
    public async Task A_second_database_in_the_same_data_folder_is_cloned_from_the_template_in_seconds()
    {
        var (run, elapsed) = await fixture.StartAsync(fixture.DataPath, "second");
        await using (run)
        {
            var log = run.Log(AppRun.Odoo).Lines;
            output.WriteLine($"cloned start to healthy: {elapsed.TotalSeconds:F1} s");
            Print(log);

            Assert.DoesNotContain(log, l => l.Contains("initialising template", StringComparison.Ordinal));
            Assert.True(Seconds(log, ClonedIn("second")) < Quick.TotalSeconds);
            Assert.Equal("installed", await run.ScalarAsync("second", LiveChatState));
            Assert.NotEqual(Cold.Uuid, await run.ScalarAsync("second", Uuid));
        }
    }

    [OdooSourceFact]
    public async Task A_new_data_folder_restores_the_template_from_the_store_instead_of_installing()
    {
        var (run, elapsed) = await fixture.StartAsync(fixture.OtherDataPath("data-fresh"), "fresh");
        await using (run)
        {
            var log = run.Log(AppRun.Odoo).Lines;
            output.WriteLine($"restored start (new cluster) to healthy: {elapsed.TotalSeconds:F1} s");
            Print(log);

            Assert.DoesNotContain(log, l => l.Contains("initialising template", StringComparison.Ordinal));
            Assert.True(Seconds(log, RestoredIn()) < Quick.TotalSeconds * 2);
            Assert.True(Seconds(log, ClonedIn("fresh")) < Quick.TotalSeconds);
            Assert.Equal("installed", await run.ScalarAsync("fresh", LiveChatState));
        }
    }

    [OdooSourceFact]
    public async Task An_existing_database_is_kept_and_reset_re_creates_it()
    {
        var (created, _) = await fixture.StartAsync(fixture.DataPath, "kept");
        await using (created)
        {
            await created.ExecuteAsync("kept", "CREATE TABLE odooaspire_probe (value text)");
        }

        var (again, _) = await fixture.StartAsync(fixture.DataPath, "kept");
        await using (again)
        {
            Assert.Contains(again.Log(AppRun.Odoo).Lines, l => l.Contains("database 'kept' exists; using it (start with --reset to re-create it)", StringComparison.Ordinal));
            Assert.Equal(true, await again.ScalarAsync("kept", "SELECT to_regclass('odooaspire_probe') IS NOT NULL"));
        }

        var (reset, _) = await fixture.StartAsync(fixture.DataPath, "kept", "--Odoo:Reset=true");
        await using (reset)
        {
            var log = reset.Log(AppRun.Odoo).Lines;
            Assert.Contains(log, l => l.Contains("reset: dropped database 'kept' and its filestore (Odoo:Reset)", StringComparison.Ordinal));
            Assert.Contains(log, l => l.Contains("database 'kept' cloned from cached template", StringComparison.Ordinal));
            Assert.Equal(false, await reset.ScalarAsync("kept", "SELECT to_regclass('odooaspire_probe') IS NOT NULL"));
        }
    }

    [OdooSourceFact]
    public async Task A_database_whose_install_never_finished_is_refused_with_the_reset_advice()
    {
        await using (var postgres = await AppRun.StartAsync(fixture.DataPath))
        {
            await postgres.ExecuteAsync("postgres", "CREATE DATABASE halfmade");
        }

        await using (var refused = await fixture.StartUnhealthyAsync(fixture.DataPath, "halfmade"))
        {
            await refused.WaitForStateAsync(AppRun.Odoo, KnownResourceStates.FailedToStart, RealOdooFixture.ColdStart);
            await refused.WaitForLogAsync(AppRun.Odoo, "Odoo was not started: ", count: 1, TestTimeouts.Short);
            var line = refused.Log(AppRun.Odoo).Lines.Single(l => l.Contains("Odoo was not started: ", StringComparison.Ordinal));
            Assert.Contains("database 'halfmade' exists but is not a complete Odoo database (it has no Odoo module table", line, StringComparison.Ordinal);
            Assert.Contains("Start once with --reset (or Odoo:Reset=true) to drop and re-create it", line, StringComparison.Ordinal);
        }

        var (reset, _) = await fixture.StartAsync(fixture.DataPath, "halfmade", "--Odoo:Reset=true");
        await using (reset)
        {
            Assert.Contains(reset.Log(AppRun.Odoo).Lines, l => l.Contains("database 'halfmade' cloned from cached template", StringComparison.Ordinal));
        }
    }

    private static string ClonedIn(string database) => $@"database '{database}' cloned from cached template oa_tpl_\w+";

    private static string RestoredIn() => @"template database oa_tpl_\w+ restored";

    /// <summary>The seconds a step took, from its log line ("&lt;step&gt; in 1.2 s").</summary>
    private static double Seconds(IReadOnlyList<string> log, string step)
    {
        var pattern = new Regex(step + @" in (?<seconds>\d+(\.\d+)?) s", RegexOptions.None, TimeSpan.FromSeconds(1));
        var match = log.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success)
            ?? throw new InvalidOperationException($"No line matches '{pattern}'. Log:{Environment.NewLine}{string.Join(Environment.NewLine, log.TakeLast(30))}");
        return double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);
    }

    private void Print(IReadOnlyList<string> log)
    {
        // The setup's own lines (after the log's timestamp), not Odoo's.
        string[] steps = ["database ", "template database ", "reset: ", "initialising ", "Odoo was not started"];
        foreach (var line in log.Where(l => steps.Any(s => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..].StartsWith(s, StringComparison.Ordinal))))
        {
            output.WriteLine("  " + line);
        }
    }
}
