namespace OdooAspire.Hosting.Containers;

/// <summary>
/// Picks the container engine once per run: the configured one (DevHost:ContainerRuntime), or with Auto
/// docker then podman, whichever answers <c>info</c>. Null when none answers (or None is configured).
/// </summary>
internal sealed class ContainerRuntimeProvider(string setting, Func<string, IContainerRuntime> create)
{
    private readonly Lazy<Task<IContainerRuntime?>> _runtime = new(() => ResolveAsync(setting, create));

    /// <summary>The engines' CLIs, for a DevHost:ContainerRuntime setting.</summary>
    public static ContainerRuntimeProvider ForSetting(string setting) => new(setting, name => new CliContainerRuntime(name));

    public Task<IContainerRuntime?> GetAsync(CancellationToken cancellationToken) => _runtime.Value.WaitAsync(cancellationToken);

    private static async Task<IContainerRuntime?> ResolveAsync(string setting, Func<string, IContainerRuntime> create)
    {
        string[] candidates = setting switch
        {
            "None" => [],
            "Docker" => ["docker"],
            "Podman" => ["podman"],
            _ => ["docker", "podman"],
        };
        foreach (var name in candidates)
        {
            var runtime = create(name);
            if (await runtime.IsAvailableAsync(CancellationToken.None))
            {
                return runtime;
            }
        }

        return setting is "Docker" or "Podman"
            ? throw new InvalidOperationException($"DevHost:ContainerRuntime is {setting} but '{setting.ToLowerInvariant()} info' does not answer. Start the engine or set DevHost:ContainerRuntime to Auto.")
            : null;
    }
}
