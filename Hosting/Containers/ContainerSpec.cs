namespace OdooAspire.Hosting.Containers;

/// <summary>Everything <c>create</c> needs; the runner derives it from a resource.</summary>
internal sealed record ContainerSpec(string Name, string Image)
{
    public string? Network { get; init; }

    /// <summary>The name other containers of the session reach this one by.</summary>
    public string? NetworkAlias { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Host port (on 127.0.0.1) → container port.</summary>
    public IReadOnlyList<(int HostPort, int TargetPort)> Ports { get; init; } = [];

    public IReadOnlyList<(string Source, string Target, bool ReadOnly)> Mounts { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>A file holding the environment (<c>--env-file</c>), so secrets never appear on a command line.</summary>
    public string? EnvironmentFile { get; init; }
}
