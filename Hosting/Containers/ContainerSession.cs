using System.Diagnostics;

namespace OdooAspire.Hosting.Containers;

/// <summary>
/// The containers of one host run: a network for them, labels to find them, and a watchdog process that
/// removes them when the host ends in any way (it waits for EOF on a pipe only the host holds).
/// </summary>
internal sealed class ContainerSession(string sessionId) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(IContainerRuntime Runtime, string Container)> _persistentMembers = [];
    private IContainerRuntime? _runtime;
    private Process? _watchdog;

    public string SessionId { get; } = sessionId;

    public string Network => $"odooaspire-{SessionId}";

    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string> { [KnownConfigNames.SessionLabel] = SessionId };

    /// <summary>Creates the network and the watchdog on first use.</summary>
    public async Task EnsureStartedAsync(IContainerRuntime runtime, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_runtime is not null)
            {
                return;
            }

            StartWatchdog(runtime);
            await runtime.EnsureNetworkAsync(Network, Labels, cancellationToken);
            _runtime = runtime;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Remembers a persistent container joined to the session network (it leaves it at the end).</summary>
    public void AddPersistentMember(IContainerRuntime runtime, string container)
    {
        lock (_persistentMembers)
        {
            _persistentMembers.Add((runtime, container));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_runtime is { } runtime)
        {
            foreach (var name in await runtime.ListByLabelAsync(KnownConfigNames.SessionLabel, SessionId, CancellationToken.None))
            {
                await runtime.RemoveAsync(name, CancellationToken.None);
            }

            foreach (var (memberRuntime, container) in _persistentMembers)
            {
                await memberRuntime.DisconnectAsync(Network, container, CancellationToken.None);
            }

            await runtime.RemoveNetworkAsync(Network, CancellationToken.None);
        }

        if (_watchdog is { } watchdog)
        {
            // Closing the pipe makes the watchdog check once more (it finds nothing) and exit.
            watchdog.StandardInput.Close();
            await watchdog.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            watchdog.Dispose();
        }

        _gate.Dispose();
    }

    private void StartWatchdog(IContainerRuntime runtime)
    {
        var script = "exec >/dev/null 2>&1; trap '' INT HUP TERM; read -r _; " + runtime.SessionCleanupScript(SessionId, Network);
        var startInfo = new ProcessStartInfo("setsid") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { "/bin/sh", "-c", script, "odooaspire-container-watchdog" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _watchdog = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the container watchdog.");
    }
}
