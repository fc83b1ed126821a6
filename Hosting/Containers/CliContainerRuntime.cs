using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Containers;

/// <summary>The docker or podman CLI (their commands used here are the same).</summary>
internal sealed class CliContainerRuntime(string name) : IContainerRuntime
{
    private static readonly TimeSpan InfoTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ManifestTimeout = TimeSpan.FromSeconds(15);

    public string Name { get; } = name;

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        if (Processes.ExecutableLocator.Find(Name) is null)
        {
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InfoTimeout);
        try
        {
            return (await RunAsync(["info", "--format", "{{json .}}"], timeout.Token, throwOnError: false)).ExitCode == 0;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task<bool> ImageExistsAsync(string image, CancellationToken cancellationToken) =>
        (await RunAsync(["image", "inspect", image], cancellationToken, throwOnError: false)).ExitCode == 0;

    public async Task<string> ImageIdAsync(string image, CancellationToken cancellationToken) =>
        (await RunAsync(["image", "inspect", "--format", "{{.Id}}", image], cancellationToken)).Output.Trim();

    public async Task<bool> ImagePullableAsync(string image, CancellationToken cancellationToken)
    {
        // The registry's manifest, without downloading any layer; a registry that does not answer counts as "no".
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ManifestTimeout);
        try
        {
            return (await RunAsync(["manifest", "inspect", image], timeout.Token, throwOnError: false)).ExitCode == 0;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task PullAsync(string image, LogBuffer log, Action<string> reportStatus, CancellationToken cancellationToken)
    {
        reportStatus($"pulling {image}");
        var startInfo = CreateStartInfo(["pull", image]);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{Name}'.");
        async Task PumpAsync(StreamReader reader, bool isError)
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                log.Append(line, isError);
                reportStatus($"pulling {image}: {line.Trim()}");
            }
        }

        await Task.WhenAll(PumpAsync(process.StandardOutput, false), PumpAsync(process.StandardError, true), process.WaitForExitAsync(cancellationToken));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Name} pull {image}' failed with exit code {process.ExitCode}: {string.Join(" | ", log.Tail(3))}. "
                + "Check the image name and that the registry is reachable.");
        }
    }

    public Task EnsureNetworkAsync(string network, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        EnsureLabelledAsync("network", network, labels, cancellationToken);

    public Task RemoveNetworkAsync(string network, CancellationToken cancellationToken) =>
        RunAsync(["network", "rm", network], cancellationToken, throwOnError: false);

    public Task EnsureVolumeAsync(string volume, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        EnsureLabelledAsync("volume", volume, labels, cancellationToken);

    public async Task<IReadOnlyList<string>> ListVolumesByLabelAsync(string label, string value, CancellationToken cancellationToken) =>
        (await RunAsync(["volume", "ls", "-q", "--filter", $"label={label}={value}"], cancellationToken)).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Task RemoveVolumeAsync(string volume, CancellationToken cancellationToken) =>
        RunAsync(["volume", "rm", "--force", volume], cancellationToken);

    public Task ConnectAsync(string network, string container, string alias, CancellationToken cancellationToken) =>
        RunAsync(["network", "connect", "--alias", alias, network, container], cancellationToken);

    public Task DisconnectAsync(string network, string container, CancellationToken cancellationToken) =>
        RunAsync(["network", "disconnect", "-f", network, container], cancellationToken, throwOnError: false);

    public async Task<ContainerStatus?> InspectAsync(string name, CancellationToken cancellationToken)
    {
        var result = await RunAsync(["container", "inspect", "--format", "{{json .State}}|{{json .Config.Labels}}", name], cancellationToken, throwOnError: false);
        if (result.ExitCode != 0)
        {
            return null;
        }

        var parts = result.Output.Trim().Split('|', 2);
        using var state = JsonDocument.Parse(parts[0]);
        var labels = parts.Length > 1 && parts[1] is not "null" and not ""
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(parts[1]) ?? []
            : [];
        var running = state.RootElement.TryGetProperty("Running", out var r) && r.GetBoolean();
        var exitCode = state.RootElement.TryGetProperty("ExitCode", out var e) ? e.GetInt32() : 0;
        return new ContainerStatus(running, exitCode, labels);
    }

    public Task CreateAsync(ContainerSpec spec, CancellationToken cancellationToken) =>
        RunAsync(ContainerCommandLine.Create(spec), cancellationToken);

    public Task StartAsync(string name, CancellationToken cancellationToken) => RunAsync(["start", name], cancellationToken);

    public Task StopAsync(string name, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(["stop", "-t", ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture), name], cancellationToken, throwOnError: false);

    public Task RemoveAsync(string name, CancellationToken cancellationToken) =>
        RunAsync(["rm", "-f", "-v", name], cancellationToken, throwOnError: false);

    public async Task<IReadOnlyList<string>> ListByLabelAsync(string label, string value, CancellationToken cancellationToken)
    {
        var result = await RunAsync(["ps", "-a", "--filter", $"label={label}={value}", "--format", "{{.Names}}"], cancellationToken);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public (string FileName, IReadOnlyList<string> Arguments) FollowLogsCommand(string name, DateTimeOffset? since = null) =>
        since is { } from
            ? (Name, ["logs", "-f", "--since", from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), name])
            : (Name, ["logs", "-f", name]);

    public string SessionCleanupScript(string sessionId, string network) =>
        $"ids=$({Name} ps -aq --filter label={KnownConfigNames.SessionLabel}={sessionId}); "
        + $"[ -n \"$ids\" ] && {Name} rm -f -v $ids; "
        + $"for c in $({Name} ps -aq --filter network={network}); do {Name} network disconnect -f {network} $c; done; "
        + $"{Name} network rm {network}";

    /// <summary>Creates a network or volume with these labels unless one of that name exists.</summary>
    private async Task EnsureLabelledAsync(string kind, string name, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken)
    {
        if ((await RunAsync([kind, "inspect", name], cancellationToken, throwOnError: false)).ExitCode == 0)
        {
            return;
        }

        List<string> args = [kind, "create"];
        foreach (var (key, value) in labels)
        {
            args.AddRange(["--label", $"{key}={value}"]);
        }

        args.Add(name);
        await RunAsync(args, cancellationToken);
    }

    private ProcessStartInfo CreateStartInfo(IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(Name)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var list = arguments.ToList();
        using var process = Process.Start(CreateStartInfo(list)) ?? throw new InvalidOperationException($"Could not start '{Name}'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{Name} {list[0]} {(list.Count > 1 ? list[1] : string.Empty)}' failed with exit code {process.ExitCode}: {(await error).Trim()}");
        }

        return (process.ExitCode, await output);
    }
}
