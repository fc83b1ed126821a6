using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Containers;

/// <summary>A container to start for a resource, with its values resolved.</summary>
internal sealed record ContainerLaunch(string ResourceName, string Image, ContainerLifetime Lifetime)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyList<(int HostPort, int TargetPort)> Ports { get; init; } = [];

    public IReadOnlyList<ContainerMountAnnotation> Mounts { get; init; } = [];
}
