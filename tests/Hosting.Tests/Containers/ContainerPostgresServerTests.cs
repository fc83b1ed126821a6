using OdooAspire.Hosting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// Container mode for real: Aspire's own PostgreSQL container under podman, from an image made on this machine (no
/// registry), its data in a named volume, started and stopped by Aspire's orchestrator.
/// </summary>
public sealed class ContainerPostgresServerTests(ContainerPostgresFixture fixture, ITestOutputHelper output) : IClassFixture<ContainerPostgresFixture>
{
    /// <summary>How long the orchestrator waits after the stop signal before it kills a container.</summary>
    private static readonly TimeSpan OrchestratorKillsAfter = TimeSpan.FromSeconds(10);

    [PodmanFact]
    public void The_first_start_runs_the_local_image_under_podman_initialises_the_volume_and_becomes_healthy()
    {
        output.WriteLine($"image {fixture.Image.Reference}: made in {fixture.Image.MadeIn.TotalSeconds:F2} s, {fixture.Image.Size / 1_000_000.0:F1} MB");
        output.WriteLine($"first start (initdb) to healthy: {fixture.FirstRun.StartToHealthy.TotalSeconds:F2} s");

        Assert.Equal(fixture.Image.Reference, fixture.FirstRun.ContainerImage);
        Assert.Contains(fixture.FirstRunLog, l => l.Contains($"Postgres:Mode is Container (podman, {fixture.Image.Reference})", StringComparison.Ordinal));
        Assert.Contains(fixture.FirstRunLog, l => l.Contains("PostgreSQL init process complete", StringComparison.Ordinal));
        Assert.Equal(1, fixture.SelectOne);
    }

    [PodmanFact]
    public void A_connected_client_does_not_hold_up_the_stop_because_the_server_gets_a_fast_shutdown()
    {
        var stop = fixture.FirstStop;
        output.WriteLine($"from dispose: container exited {stop.Exited.TotalSeconds:F2} s with code {stop.ExitCode}, dispose returned {stop.Disposed.TotalSeconds:F2} s");
        output.WriteLine(string.Join(Environment.NewLine, stop.ServerLog.TakeLast(8)));

        // The request is logged as the stop begins; the server's last lines may not have been read when the log ends.
        Assert.Contains(stop.ServerLog, l => l.Contains("received fast shutdown request", StringComparison.Ordinal));
        // 0: the server finished its shutdown and exited by itself; a kill by the orchestrator would be 137.
        Assert.Equal(0, stop.ExitCode);
        Assert.True(stop.Exited < OrchestratorKillsAfter, $"The container exited {stop.Exited} after dispose began: it waited for the client until it was killed.");
    }

    [PodmanFact]
    public void Nothing_of_the_session_is_left_in_podman_once_dispose_returns()
    {
        var run = fixture.FirstRun;
        output.WriteLine($"container {run.ContainerId}, networks: {string.Join(", ", run.Networks)}");

        Assert.Matches("^[0-9a-f]{64}$", run.ContainerId);
        Assert.NotEmpty(run.Networks);
        Assert.All(run.Networks, n => Assert.DoesNotContain(n, fixture.BeforeFirstRun.Networks));
        Assert.True(fixture.FirstStop.LeftInPodman.Count == 0, "Still in podman after dispose:\n" + string.Join("\n", fixture.FirstStop.LeftInPodman));
        Assert.Empty(fixture.AfterFirstRun.AddedSince(fixture.BeforeFirstRun));
    }

    [PodmanFact]
    public async Task A_row_written_before_a_restart_is_still_there_after_it_from_the_named_volume()
    {
        Assert.True(await PodmanCli.SucceedsAsync("volume", "exists", fixture.FirstRun.VolumeName), $"The volume {fixture.FirstRun.VolumeName} is gone.");
        Assert.Empty(Directory.EnumerateFiles(fixture.Data.Path, "PG_VERSION", SearchOption.AllDirectories));
        var before = await PodmanSnapshot.TakeAsync();
        await using var run = await ContainerPostgresRun.StartAsync(fixture.Image, fixture.Data.Path);
        output.WriteLine($"second start to healthy: {run.StartToHealthy.TotalSeconds:F2} s");

        Assert.Equal(fixture.FirstRun.VolumeName, run.VolumeName);
        Assert.NotEqual(fixture.FirstRun.ContainerId, run.ContainerId);
        Assert.Equal(ContainerPostgresFixture.KeptValue, await run.ScalarAsync("SELECT value FROM kept"));

        var stop = await run.StopAsync();
        output.WriteLine($"second run, from dispose: container exited {stop.Exited.TotalSeconds:F2} s with code {stop.ExitCode}, dispose returned {stop.Disposed.TotalSeconds:F2} s");
        // The first run's shutdown was clean: this start found the cluster shut down, not interrupted.
        Assert.Contains(stop.ServerLog, l => l.Contains("database system was shut down at", StringComparison.Ordinal));
        Assert.DoesNotContain(stop.ServerLog, l => l.Contains("was interrupted", StringComparison.Ordinal));
        Assert.DoesNotContain(stop.ServerLog, l => l.Contains("PostgreSQL init process complete", StringComparison.Ordinal));
        Assert.Equal(0, stop.ExitCode);
        Assert.True(stop.LeftInPodman.Count == 0, "Still in podman after dispose:\n" + string.Join("\n", stop.LeftInPodman));
        Assert.Empty((await PodmanSnapshot.TakeAsync()).AddedSince(before));
    }
}
