using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Containers;

/// <summary>
/// A started container: its logs are followed by a supervised <c>logs -f</c> process, which ends when the
/// container stops. Session containers are stopped and removed; persistent ones keep running. A follower that
/// ends while the container still runs (podman's can fail with "Waiting for container to exit: unexpected end of
/// JSON input" while other containers start) is started again: the container has not exited.
/// </summary>
internal sealed class RunningContainer : IRunningResource
{
    private readonly IContainerRuntime _runtime;
    private readonly string _name;
    private readonly ContainerLifetime _lifetime;
    private readonly Func<DateTimeOffset?, SupervisedProcess> _followLogs;
    private readonly LogBuffer _log;
    private readonly TimeSpan _stopTimeout;
    private volatile SupervisedProcess _logs;
    private volatile bool _stopping;

    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(1);

    public RunningContainer(
        IContainerRuntime runtime, string name, ContainerLifetime lifetime, Func<DateTimeOffset?, SupervisedProcess> followLogs, LogBuffer log, TimeSpan stopTimeout)
    {
        ArgumentNullException.ThrowIfNull(followLogs);
        _runtime = runtime;
        _name = name;
        _lifetime = lifetime;
        _followLogs = followLogs;
        _log = log;
        _stopTimeout = stopTimeout;
        _logs = followLogs(null);
        Completion = WaitForExitAsync();
    }

    public string ContainerName => _name;

    public int? ProcessId => null;

    public Task<int> Completion { get; }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        if (_lifetime == ContainerLifetime.Session)
        {
            await _runtime.StopAsync(_name, _stopTimeout, cancellationToken);
            await _runtime.RemoveAsync(_name, cancellationToken);
        }

        await _logs.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        if (_lifetime == ContainerLifetime.Session)
        {
            await _runtime.RemoveAsync(_name, CancellationToken.None);
        }

        await _logs.DisposeAsync();
    }

    private async Task<int> WaitForExitAsync()
    {
        while (true)
        {
            var logs = _logs;
            var started = DateTimeOffset.UtcNow;
            await logs.Completion;
            var ended = DateTimeOffset.UtcNow;
            var status = await _runtime.InspectAsync(_name, CancellationToken.None);
            if (_stopping || status is not { Running: true })
            {
                return status?.ExitCode ?? 0;
            }

            _log.Append($"the log follower of container {_name} ended while the container runs; following its log again", isError: false);
            await logs.DisposeAsync();
            if (ended - started < RestartDelay)
            {
                await Task.Delay(RestartDelay); // a follower that fails at once must not become a busy loop
            }

            _logs = _followLogs(ended);
            if (_stopping)
            {
                await _logs.StopAsync(CancellationToken.None);
            }
        }
    }
}
