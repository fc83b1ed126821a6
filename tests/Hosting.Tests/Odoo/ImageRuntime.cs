using OdooAspire.Hosting.Containers;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Tests.Odoo;

/// <summary>An engine that only answers about images: which are present locally and which a registry has.</summary>
internal sealed class ImageRuntime(string[] present, string[] pullable) : IContainerRuntime
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

    public Task<ContainerStatus?> InspectAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task CreateAsync(ContainerSpec spec, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StartAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StopAsync(string name, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RemoveAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListByLabelAsync(string label, string value, CancellationToken cancellationToken) => throw new NotSupportedException();

    public (string FileName, IReadOnlyList<string> Arguments) FollowLogsCommand(string name) => throw new NotSupportedException();

    public string SessionCleanupScript(string sessionId, string network) => throw new NotSupportedException();
}
