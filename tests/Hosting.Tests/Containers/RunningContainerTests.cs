using Microsoft.Extensions.Logging.Abstractions;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Tests.Containers;

public sealed class RunningContainerTests
{
    private readonly LogBuffer _log = new ResourceLoggerService(TimeProvider.System).Get("postgres");
    private readonly List<DateTimeOffset?> _followers = [];

    [Fact]
    public async Task A_log_follower_that_dies_while_the_container_runs_is_restarted_and_the_container_is_not_reported_exited()
    {
        var states = new Queue<ContainerStatus>([Status(running: true), Status(running: true), Status(running: false, exitCode: 3)]);
        var runtime = new FakeContainerRuntime([], [], _ => states.Dequeue());

        await using var container = new RunningContainer(runtime, "postgres-1", ContainerLifetime.Session, Follow, _log, TimeSpan.FromSeconds(1));
        var exitCode = await container.Completion.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exitCode);
        Assert.Equal(3, _followers.Count);
        Assert.Null(_followers[0]);
        Assert.All(_followers.Skip(1), since => Assert.NotNull(since));
        Assert.Equal(2, _log.Snapshot().Count(l => l.Text == "the log follower of container postgres-1 ended while the container runs; following its log again"));
    }

    [Fact]
    public async Task A_container_gone_when_its_follower_ends_has_exited()
    {
        var runtime = new FakeContainerRuntime([], [], _ => null);

        await using var container = new RunningContainer(runtime, "odoo-init-1", ContainerLifetime.Session, Follow, _log, TimeSpan.FromSeconds(1));

        Assert.Equal(0, await container.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(_followers);
    }

    private static ContainerStatus Status(bool running, int exitCode = 0) => new(running, exitCode, new Dictionary<string, string>());

    /// <summary>A follower that prints one line and ends, as podman's does when it fails.</summary>
    private SupervisedProcess Follow(DateTimeOffset? since)
    {
        _followers.Add(since);
        return SupervisedProcess.Start(new ProcessSpec("sh", ["-c", "echo followed"]), _log, NullLogger.Instance);
    }
}
