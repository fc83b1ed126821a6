using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Containers;

/// <summary>
/// A started container: its logs are followed by a supervised <c>logs -f</c> process, which ends when the
/// container stops. Session containers are stopped and removed; persistent ones keep running.
/// </summary>
internal sealed class RunningContainer : IRunningResource
{
    private readonly IContainerRuntime _runtime;
    private readonly string _name;
    private readonly ContainerLifetime _lifetime;
    private readonly SupervisedProcess _logs;
    private readonly TimeSpan _stopTimeout;

    public RunningContainer(IContainerRuntime runtime, string name, ContainerLifetime lifetime, SupervisedProcess logs, TimeSpan stopTimeout)
    {
        _runtime = runtime;
        _name = name;
        _lifetime = lifetime;
        _logs = logs;
        _stopTimeout = stopTimeout;
        Completion = WaitForExitAsync();
    }

    public string ContainerName => _name;

    public int? ProcessId => null;

    public Task<int> Completion { get; }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_lifetime == ContainerLifetime.Session)
        {
            await _runtime.StopAsync(_name, _stopTimeout, cancellationToken);
            await _runtime.RemoveAsync(_name, cancellationToken);
        }

        await _logs.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_lifetime == ContainerLifetime.Session)
        {
            await _runtime.RemoveAsync(_name, CancellationToken.None);
        }

        await _logs.DisposeAsync();
    }

    private async Task<int> WaitForExitAsync()
    {
        await _logs.Completion;
        var status = await _runtime.InspectAsync(_name, CancellationToken.None);
        return status?.ExitCode ?? 0;
    }
}
