using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>
/// An engine that answers about images (which are present locally, which a registry has) and, when given
/// <paramref name="inspect"/>, about containers' states; anything else is not supported.
/// </summary>
internal sealed class FakeContainerRuntime(string[] present, string[] pullable, Func<string, ContainerStatus?>? inspect = null) : IContainerRuntime
{
    public string Name => "podman";

    public List<string> Asked { get; } = [];

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> ImageExistsAsync(string image, CancellationToken cancellationToken)
    {
        Asked.Add("exists " + image);
        return Task.FromResult(present.Contains(image));
    }

    public Task<string> ImageIdAsync(string image, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ImagePullableAsync(string image, CancellationToken cancellationToken)
    {
        Asked.Add("pullable " + image);
        return Task.FromResult(pullable.Contains(image));
    }

    public Task PullAsync(string image, LogBuffer log, Action<string> reportStatus, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task EnsureNetworkAsync(string network, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RemoveNetworkAsync(string network, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task EnsureVolumeAsync(string volume, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListVolumesByLabelAsync(string label, string value, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RemoveVolumeAsync(string volume, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task ConnectAsync(string network, string container, string alias, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task DisconnectAsync(string network, string container, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ContainerStatus?> InspectAsync(string name, CancellationToken cancellationToken) =>
        inspect is null ? throw new NotSupportedException() : Task.FromResult(inspect(name));

    public Task CreateAsync(ContainerSpec spec, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StartAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StopAsync(string name, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RemoveAsync(string name, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> ListByLabelAsync(string label, string value, CancellationToken cancellationToken) => throw new NotSupportedException();

    public (string FileName, IReadOnlyList<string> Arguments) FollowLogsCommand(string name, DateTimeOffset? since = null) => throw new NotSupportedException();

    public string SessionCleanupScript(string sessionId, string network) => throw new NotSupportedException();
}
