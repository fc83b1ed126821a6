using OdooAspire.Hosting.Containers;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Injected answers of the container-engine probe, so model tests never run docker or podman.</summary>
internal static class FakeContainerEngines
{
    /// <summary>No engine answers.</summary>
    public static readonly Func<ContainerEngine?> None = () => null;

    /// <summary>A probe that must not be asked (the mode is explicit).</summary>
    public static readonly Func<ContainerEngine?> MustNotBeAsked = () => throw new InvalidOperationException("The container engine was probed.");

    /// <summary>podman answers and has exactly <paramref name="images"/>.</summary>
    public static Func<ContainerEngine?> PodmanWith(params string[] images) => () => new ContainerEngine("podman", images.Contains);
}
