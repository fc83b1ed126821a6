using System.Diagnostics;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using OdooAspire.Hosting.Tests.Infrastructure;
using OdooAspire.Hosting.Tests.Odoo.Fixtures;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary><c>--reset</c> (Odoo:Reset=true) across runs of a small Aspire app on one data folder, with Odoo in Simulator mode.</summary>
public sealed class OdooResetTests(ITestOutputHelper output) : IDisposable
{
    private const string ResetLine = "reset: dropped database 'odoo' (Odoo:Reset)";
    private readonly TemporaryDirectory _data = new();

    [LocalPostgresFact]
    public async Task Reset_drops_the_database_once_per_run_and_a_restart_in_the_same_run_keeps_it()
    {
        await using (var before = await StartAsync())
        {
            await before.ExecuteAsync("odoo", "CREATE TABLE before_reset (value text)");
            Assert.DoesNotContain(before.Log(AppRun.Odoo).Lines, l => l.Contains(ResetLine, StringComparison.Ordinal));
        }

        await using var run = await StartAsync("--Odoo:Reset=true");
        Assert.Single(run.Log(AppRun.Odoo).Lines, l => l.Contains(ResetLine, StringComparison.Ordinal));
        Assert.Equal(false, await run.ScalarAsync("odoo", "SELECT to_regclass('before_reset') IS NOT NULL"));
        await run.ExecuteAsync("odoo", "CREATE TABLE after_reset (value text)");

        using var timeout = TestTimeouts.LongToken();
        var restart = await run.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(AppRun.Odoo, KnownResourceCommands.RestartCommand, timeout.Token);
        Assert.True(restart.Success, restart.Message);
        var restarted = Stopwatch.StartNew();
        await run.WaitForLogAsync(AppRun.Odoo, "database 'odoo' exists; using it", count: 1, TestTimeouts.Long);
        await run.WaitHealthyAsync(AppRun.Odoo, TestTimeouts.Long);
        output.WriteLine($"restart: healthy {restarted.Elapsed.TotalSeconds:F1} s after the command returned");
        using (var client = new HttpClient { Timeout = TestTimeouts.Short })
        using (var health = await client.GetAsync(new Uri(run.App.GetEndpoint(AppRun.Odoo, "http"), "/web/health")))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        Assert.Single(run.Log(AppRun.Odoo).Lines, l => l.Contains(ResetLine, StringComparison.Ordinal));
        Assert.Equal(true, await run.ScalarAsync("odoo", "SELECT to_regclass('after_reset') IS NOT NULL"));

        var stopping = Stopwatch.StartNew();
        var stop = await run.StopAsync();
        output.WriteLine($"stop: {stop.Running.Count} processes gone {stopping.Elapsed.TotalSeconds:F1} s after dispose began");
        Assert.Contains(stop.Running, p => p.Contains("OdooSimulator", StringComparison.Ordinal));
        Assert.Contains(stop.Running, p => p.Contains("postgres", StringComparison.Ordinal));
        Assert.Empty(stop.LeftRunning);
    }

    [LocalPostgresFact]
    public async Task A_reset_asked_of_a_start_that_failed_before_it_is_done_by_the_next_start_of_the_run()
    {
        // Something the user fixes between two starts: here a folder where odoo.conf is to be written.
        var conf = Directory.CreateDirectory(Path.Combine(_data.Path, "odoo", AppRun.Odoo, "odoo.conf")).FullName;
        await using var run = await AppRun.StartWithOdooAsync(_data.Path, "--Odoo:Mode", "Simulator", "--Odoo:Reset=true");
        await run.WaitForStateAsync(AppRun.Odoo, KnownResourceStates.FailedToStart, TestTimeouts.Long);
        await run.WaitForLogAsync(AppRun.Odoo, "Odoo was not started: ", count: 1, TestTimeouts.Short);
        await run.ExecuteAsync("postgres", "CREATE DATABASE odoo OWNER odoo");
        await run.ExecuteAsync("odoo", "CREATE TABLE before_reset (value text)");

        Directory.Delete(conf);
        using var timeout = TestTimeouts.LongToken();
        var start = await run.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(AppRun.Odoo, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(start.Success, start.Message);
        await run.WaitHealthyAsync(AppRun.Odoo, TestTimeouts.Long);

        Assert.Single(run.Log(AppRun.Odoo).Lines, l => l.Contains(ResetLine, StringComparison.Ordinal));
        Assert.Equal(false, await run.ScalarAsync("odoo", "SELECT to_regclass('before_reset') IS NOT NULL"));
    }

    public void Dispose() => _data.Dispose();

    private async Task<AppRun> StartAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var run = await AppRun.StartWithOdooAsync(_data.Path, ["--Odoo:Mode", "Simulator", .. args]);
        try
        {
            await run.WaitHealthyAsync(AppRun.Odoo, TestTimeouts.Long);
            output.WriteLine($"{string.Join(' ', args)}: healthy {clock.Elapsed.TotalSeconds:F1} s after the start");
            return run;
        }
        catch
        {
            await run.StopAsync();
            throw;
        }
    }
}
