using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Containers;

/// <summary>A container engine driven through its CLI.</summary>
internal interface IContainerRuntime
{
    /// <summary>"docker" or "podman".</summary>
    string Name { get; }

    /// <summary>Whether the engine answers (<c>info</c>).</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);

    Task<bool> ImageExistsAsync(string image, CancellationToken cancellationToken);

    /// <summary>The local image's ID (its content digest): a rebuilt or re-pulled image has another.</summary>
    Task<string> ImageIdAsync(string image, CancellationToken cancellationToken);

    /// <summary>Whether the registry has the image (its manifest answers), without pulling it.</summary>
    Task<bool> ImagePullableAsync(string image, CancellationToken cancellationToken);

    /// <summary>Pulls an image; progress lines go to <paramref name="log"/> and the last one to <paramref name="reportStatus"/>.</summary>
    Task PullAsync(string image, LogBuffer log, Action<string> reportStatus, CancellationToken cancellationToken);

    Task EnsureNetworkAsync(string network, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken);

    Task RemoveNetworkAsync(string network, CancellationToken cancellationToken);

    /// <summary>Creates a named volume with these labels unless it exists (an existing one is kept as it is).</summary>
    Task EnsureVolumeAsync(string volume, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken);

    /// <summary>Names of the volumes carrying a label.</summary>
    Task<IReadOnlyList<string>> ListVolumesByLabelAsync(string label, string value, CancellationToken cancellationToken);

    Task RemoveVolumeAsync(string volume, CancellationToken cancellationToken);

    /// <summary>Joins a container to a network under an alias (persistent containers join each session's network).</summary>
    Task ConnectAsync(string network, string container, string alias, CancellationToken cancellationToken);

    Task DisconnectAsync(string network, string container, CancellationToken cancellationToken);

    /// <summary>The container's state, or null when it does not exist.</summary>
    Task<ContainerStatus?> InspectAsync(string name, CancellationToken cancellationToken);

    Task CreateAsync(ContainerSpec spec, CancellationToken cancellationToken);

    Task StartAsync(string name, CancellationToken cancellationToken);

    Task StopAsync(string name, TimeSpan timeout, CancellationToken cancellationToken);

    Task RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>Names of the containers carrying a label.</summary>
    Task<IReadOnlyList<string>> ListByLabelAsync(string label, string value, CancellationToken cancellationToken);

    /// <summary>The CLI and arguments that follow a container's logs until it stops (from <paramref name="since"/> when given).</summary>
    (string FileName, IReadOnlyList<string> Arguments) FollowLogsCommand(string name, DateTimeOffset? since = null);

    /// <summary>A shell command that removes every container and the network of a session (for the watchdog).</summary>
    string SessionCleanupScript(string sessionId, string network);
}
