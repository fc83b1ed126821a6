using System.Diagnostics;
using OdooAspire.Hosting.Postgres;
using OdooAspire.Hosting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Postgres;

/// <summary>A real server from the local binaries, started and stopped by Aspire's orchestrator.</summary>
public sealed class LocalPostgresServerTests(LocalPostgresServerFixture fixture, ITestOutputHelper output) : IClassFixture<LocalPostgresServerFixture>
{
    [LocalPostgresFact]
    public void The_first_start_runs_initdb_and_becomes_healthy()
    {
        output.WriteLine($"first start (initdb) to healthy: {fixture.FirstRun.StartToHealthy.TotalSeconds:F2} s");

        Assert.Contains(fixture.FirstRunLog, l => l.Contains("initdb done", StringComparison.Ordinal));
        Assert.Equal(1, fixture.SelectOne);
        Assert.True(File.Exists(Path.Combine(fixture.Data.Path, "postgres", LocalPostgresRun.Name, "data", "PG_VERSION")));
    }

    [LocalPostgresFact]
    public async Task A_connected_client_does_not_hold_up_the_stop_and_the_cluster_is_shut_down_cleanly()
    {
        var stop = fixture.FirstStop;
        output.WriteLine($"dispose: {stop.Disposed.TotalSeconds:F2} s; all of {stop.Running.Count} processes gone: {stop.AllGone.TotalSeconds:F2} s");

        Assert.True(stop.AllGone < TestTimeouts.ProcessesGone, $"The server's processes took {stop.AllGone} to go after dispose.");
        Assert.Equal("shut down", await ClusterStateAsync());
    }

    [LocalPostgresFact]
    public void Nothing_is_left_running_within_five_seconds_of_dispose()
    {
        var stop = fixture.FirstStop;

        Assert.NotEmpty(stop.Running);
        Assert.True(stop.LeftRunning.Count == 0, "Still running 5 s after dispose:\n" + string.Join("\n", stop.LeftRunning));
    }

    [LocalPostgresFact]
    public async Task A_row_written_before_a_restart_is_still_there_after_it()
    {
        await using var run = await LocalPostgresRun.StartAsync(fixture.Data.Path, throughPostgresServer: true);
        output.WriteLine($"second start to healthy: {run.StartToHealthy.TotalSeconds:F2} s");

        Assert.Equal(LocalPostgresServerFixture.KeptValue, await run.ScalarAsync("SELECT value FROM kept"));
        Assert.Contains(run.Log.Lines, l => l.Contains("Postgres:Mode is Local", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Log.Lines, l => l.Contains("initdb done", StringComparison.Ordinal));
        await run.Log.WaitForLineAsync("database system is ready to accept connections", TestTimeouts.Short);
        Assert.Contains(run.Log.Lines, l => l.Contains("database system was shut down at", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Log.Lines, l => l.Contains("was interrupted", StringComparison.Ordinal));

        var stop = await run.StopAsync();
        output.WriteLine($"second run: all of {stop.Running.Count} processes gone {stop.AllGone.TotalSeconds:F2} s after dispose");
        Assert.NotEmpty(stop.Running);
        Assert.True(stop.LeftRunning.Count == 0, "Still running 5 s after dispose:\n" + string.Join("\n", stop.LeftRunning));
    }

    /// <summary>pg_controldata's "Database cluster state": "shut down" after a clean stop, "in production" after a kill.</summary>
    private async Task<string> ClusterStateAsync()
    {
        var binaries = PostgresBinaries.Locate(configured: null);
        var startInfo = new ProcessStartInfo(Path.Combine(binaries.BinDirectory, "pg_controldata"))
        {
            ArgumentList = { "-D", Path.Combine(fixture.Data.Path, "postgres", LocalPostgresRun.Name, "data") },
            RedirectStandardOutput = true,
            Environment = { ["LC_ALL"] = "C" },
        };
        using var process = Process.Start(startInfo)!;
        using var timeout = TestTimeouts.ShortToken();
        var text = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var line = text.Split('\n').Single(l => l.StartsWith("Database cluster state:", StringComparison.Ordinal));
        return line["Database cluster state:".Length..].Trim();
    }
}
