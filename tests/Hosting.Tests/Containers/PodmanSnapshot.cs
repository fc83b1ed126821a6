namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>The containers (id and name) and networks podman knows at one moment, to compare before and after a run.</summary>
internal sealed record PodmanSnapshot(IReadOnlySet<string> Containers, IReadOnlySet<string> Networks)
{
    public static async Task<PodmanSnapshot> TakeAsync() => new(
        (await PodmanCli.LinesAsync("ps", "--all", "--no-trunc", "--format", "{{.ID}} {{.Names}}")).ToHashSet(StringComparer.Ordinal),
        (await PodmanCli.LinesAsync("network", "ls", "--format", "{{.Name}}")).ToHashSet(StringComparer.Ordinal));

    /// <summary>What this snapshot has and <paramref name="earlier"/> had not, one line per container or network.</summary>
    public IReadOnlyList<string> AddedSince(PodmanSnapshot earlier) =>
    [
        .. Containers.Except(earlier.Containers).Select(c => $"container {c}"),
        .. Networks.Except(earlier.Networks).Select(n => $"network {n}"),
    ];
}
