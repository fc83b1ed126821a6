using System.Collections.Concurrent;

namespace OdooAspire.Hosting.Containers;

/// <summary>
/// A container engine CLI (docker or podman) that answered <c>info</c>. Auto modes use it to decide, at model time,
/// whether a resource can run as a container: no engine, or no local image, means falling back to local processes.
/// </summary>
internal sealed class ContainerEngine
{
    /// <summary>The configuration key (an environment variable too) Aspire's orchestrator reads to pick its engine.</summary>
    public const string RuntimeKey = "ASPIRE_CONTAINER_RUNTIME";

    private static readonly TimeSpan InfoTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan InspectTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] DefaultCandidates = ["docker", "podman"];
    private static readonly ConcurrentDictionary<string, Lazy<ContainerEngine?>> Detected = new(StringComparer.Ordinal);

    private readonly Func<string, bool> _imageExists;

    /// <summary>An engine whose image lookups are answered by <paramref name="imageExists"/> (tests inject one).</summary>
    internal ContainerEngine(string name, Func<string, bool> imageExists)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(imageExists);
        Name = name;
        _imageExists = imageExists;
    }

    /// <summary>The CLI's name: <c>docker</c> or <c>podman</c>.</summary>
    public string Name { get; }

    /// <summary>The engine named by <c>ASPIRE_CONTAINER_RUNTIME</c>, else docker then podman; null when none answers.</summary>
    public static ContainerEngine? Detect() => Detect(Environment.GetEnvironmentVariable(RuntimeKey));

    /// <summary>
    /// The engine <paramref name="configured"/> names (docker or podman) when it answers <c>info</c> within a few
    /// seconds, or with no setting the first of docker and podman that does; null when none answers. Probed once
    /// per process and setting: Postgres and Odoo both ask while the model is built.
    /// </summary>
    public static ContainerEngine? Detect(string? configured)
    {
        var key = string.IsNullOrWhiteSpace(configured) ? string.Empty : configured.Trim().ToLowerInvariant();
        return Detected.GetOrAdd(key, k => new Lazy<ContainerEngine?>(() => Probe(k))).Value;
    }

    /// <summary>Whether the image is present locally (<c>image inspect</c>); nothing is pulled.</summary>
    public bool ImageExists(string image)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        return _imageExists(image);
    }

    public override string ToString() => Name;

    private static ContainerEngine? Probe(string configured)
    {
        var candidates = configured.Length == 0 ? DefaultCandidates : [configured];
        foreach (var name in candidates)
        {
            if (ContainerCli.Succeeds(name, ["info"], InfoTimeout))
            {
                return new ContainerEngine(name, image => ContainerCli.Succeeds(name, ["image", "inspect", image], InspectTimeout));
            }
        }

        return null;
    }
}
