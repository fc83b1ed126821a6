using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// One run of a tiny AppHost holding only <c>AddPostgresServer</c> in Container mode under podman, with the local test
/// image (no registry) and a given data folder. While it runs, the container and its networks are read from podman.
/// </summary>
internal sealed class ContainerPostgresRun : PostgresRun
{
    public const string Name = "postgres";

    private ContainerPostgresRun(DistributedApplication app, ResourceLog log, string volumeName)
        : base(app, log, Name)
    {
        VolumeName = volumeName;
    }

    /// <summary>The data volume the model gives the container.</summary>
    public string VolumeName { get; }

    /// <summary>The id of the one container using <see cref="VolumeName"/>, read once it is healthy.</summary>
    public string ContainerId { get; private set; } = string.Empty;

    /// <summary>The image the container runs, as podman names it.</summary>
    public string ContainerImage { get; private set; } = string.Empty;

    /// <summary>The networks the container is attached to.</summary>
    public IReadOnlyList<string> Networks { get; private set; } = [];

    /// <summary>Builds and starts the app and waits until the server is healthy, failing with its log otherwise.</summary>
    public static async Task<ContainerPostgresRun> StartAsync(TestPostgresImage image, string dataPath)
    {
        // The runtime is configuration: Aspire passes it on to its orchestrator, and AddPostgresServer probes the same one.
        var builder = TestAppHost.Create(
            "--DataPath", dataPath,
            $"--{ContainerEngine.RuntimeKey}", "podman",
            "--Postgres:Mode", "Container",
            "--Postgres:Registry=",
            "--Postgres:Image", TestPostgresImage.Repository,
            "--Postgres:Tag", image.Tag);
        var server = builder.AddPostgresServer(Name);
        var volume = server.Resource.Annotations.OfType<ContainerMountAnnotation>().Single().Source!;
        var run = new ContainerPostgresRun(builder.Build(), ResourceLog.Attach(builder, server.Resource), volume);
        await run.StartAsync(run.ReadContainerAsync);
        return run;
    }

    /// <summary>
    /// Disposes the app, as a test or Ctrl+C would, while following the container's own log (the container is removed
    /// with the app), then asks podman how the container ended and whether it and its networks are still there.
    /// </summary>
    public async Task<StopReport> StopAsync()
    {
        // podman's event times have a resolution of one second.
        var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1;
        var clock = Stopwatch.StartNew();
        var serverLog = FollowServerLogAsync(clock);
        await DisposeAsync();
        var disposed = clock.Elapsed;
        var (log, exited) = await serverLog;
        var lines = (log.Output + log.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new StopReport(disposed, exited, await ExitCodeAsync(since), lines, await LeftInPodmanAsync());
    }

    private async Task ReadContainerAsync()
    {
        var containers = await PodmanCli.LinesAsync("ps", "--all", "--no-trunc", "--filter", $"volume={VolumeName}", "--format", "{{.ID}}");
        ContainerId = containers.Count == 1
            ? containers[0]
            : throw new InvalidOperationException($"{containers.Count} containers use the volume {VolumeName}, one was expected: {string.Join(", ", containers)}");
        ContainerImage = (await PodmanCli.OutputOfAsync("inspect", "--format", "{{.ImageName}}", ContainerId)).Trim();
        Networks = (await PodmanCli.OutputOfAsync("inspect", "--format", "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", ContainerId))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The container's log from its start. <c>podman logs --follow</c> ends when the container exits, which can be
    /// before it has read the last lines the container wrote: a test may look for lines written early in the stop, never
    /// for the last ones.
    /// </summary>
    private async Task<(CliCommand.Result Log, TimeSpan Exited)> FollowServerLogAsync(Stopwatch clock)
    {
        var log = await CliCommand.RunAsync("podman", ["logs", "--follow", ContainerId], TestTimeouts.Long);
        return (log, clock.Elapsed);
    }

    /// <summary>
    /// The exit code in podman's <c>died</c> event of the container: kept in podman's event log after the container is
    /// removed, so it is read once the stop is over, with no race against it.
    /// </summary>
    private async Task<int?> ExitCodeAsync(long since)
    {
        var codes = await PodmanCli.LinesAsync(
            "events", "--stream=false", "--since", since.ToString(CultureInfo.InvariantCulture),
            "--filter", $"container={ContainerId}", "--filter", "event=died", "--format", "{{.ContainerExitCode}}");
        return codes.Count == 1 ? int.Parse(codes[0], CultureInfo.InvariantCulture) : null;
    }

    private async Task<IReadOnlyList<string>> LeftInPodmanAsync()
    {
        var left = new List<string>();
        if (await PodmanCli.SucceedsAsync("container", "exists", ContainerId))
        {
            left.Add($"container {ContainerId}");
        }

        foreach (var network in Networks)
        {
            if (await PodmanCli.SucceedsAsync("network", "exists", network))
            {
                left.Add($"network {network}");
            }
        }

        return left;
    }

    /// <summary>
    /// What stopping showed, timed from the start of dispose: until dispose returned, until the container exited, its
    /// exit code (null when podman recorded no single exit), the container's log as followed, and what podman still had
    /// once dispose had returned.
    /// </summary>
    public sealed record StopReport(TimeSpan Disposed, TimeSpan Exited, int? ExitCode, IReadOnlyList<string> ServerLog, IReadOnlyList<string> LeftInPodman);
}
