using OdooAspire.Hosting.Tests.Infrastructure;

namespace OdooAspire.Hosting.Tests.Containers;

/// <summary>The podman commands the container tests ask, each with the short deadline.</summary>
internal static class PodmanCli
{
    public static Task<string> OutputOfAsync(params string[] arguments) => CliCommand.OutputOfAsync("podman", arguments, TestTimeouts.Short);

    /// <summary>The non-empty lines of a command's output.</summary>
    public static async Task<IReadOnlyList<string>> LinesAsync(params string[] arguments) =>
        (await OutputOfAsync(arguments)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when the command exits with 0 (<c>container exists</c>, <c>network exists</c>, …).</summary>
    public static async Task<bool> SucceedsAsync(params string[] arguments) =>
        (await CliCommand.RunAsync("podman", arguments, TestTimeouts.Short)).ExitCode == 0;
}
