using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Containers;

/// <summary>Pulls, creates (or reuses, for persistent containers) and starts containers in the session's network.</summary>
internal sealed class ContainerRunner(ContainerSession session, string dataPath, TimeSpan stopTimeout, ILogger<ContainerRunner> logger)
{
    public async Task<RunningContainer> StartAsync(IContainerRuntime runtime, ContainerLaunch launch, ResourceStartContext context, CancellationToken cancellationToken)
    {
        await session.EnsureStartedAsync(runtime, cancellationToken);
        if (!await runtime.ImageExistsAsync(launch.Image, cancellationToken))
        {
            await runtime.PullAsync(launch.Image, context.Log, context.ReportStatus, cancellationToken);
        }

        context.ReportStatus("starting container");
        var persistent = launch.Lifetime == ContainerLifetime.Persistent;
        var name = persistent ? $"{launch.ResourceName}-{ShortHash(Path.GetFullPath(dataPath))}" : $"{launch.ResourceName}-{session.SessionId}";
        var spec = CreateSpec(launch, name, persistent);
        var hash = ConfigurationHash(spec, launch.Environment);
        var existing = await runtime.InspectAsync(name, cancellationToken);
        if (existing is not null && (!persistent || existing.Labels.GetValueOrDefault(KnownConfigNames.ConfigHashLabel) != hash))
        {
            context.Log.Append(persistent ? $"configuration changed: recreating container {name}" : $"removing stale container {name}", isError: false);
            await runtime.RemoveAsync(name, cancellationToken);
            existing = null;
        }

        if (existing is null)
        {
            foreach (var volume in launch.Mounts.Where(m => !m.IsBindMount))
            {
                await runtime.EnsureVolumeAsync(volume.Source, VolumeLabels(launch.ResourceName), cancellationToken);
            }

            var environmentFile = await WriteEnvironmentFileAsync(name, launch.Environment, cancellationToken);
            try
            {
                var labels = new Dictionary<string, string>(spec.Labels) { [KnownConfigNames.ConfigHashLabel] = hash };
                await runtime.CreateAsync(spec with { Labels = labels, EnvironmentFile = environmentFile }, cancellationToken);
            }
            finally
            {
                File.Delete(environmentFile);
            }
        }

        if (persistent)
        {
            await runtime.ConnectAsync(session.Network, name, launch.ResourceName, cancellationToken);
            session.AddPersistentMember(runtime, name);
        }

        if (existing is not { Running: true })
        {
            if (launch.Ports.Count > 0)
            {
                context.ReleaseEndpoints();
            }

            await runtime.StartAsync(name, cancellationToken);
        }

        SupervisedProcess FollowLogs(DateTimeOffset? since)
        {
            var (fileName, arguments) = runtime.FollowLogsCommand(name, since);
            return SupervisedProcess.Start(new ProcessSpec(fileName, arguments) { StopTimeout = TimeSpan.FromSeconds(2) }, context.Log, logger);
        }

        return new RunningContainer(runtime, name, launch.Lifetime, FollowLogs, context.Log, stopTimeout);
    }

    /// <summary>A volume belongs to the data folder (the name is derived from it too): deleting the data removes it.</summary>
    private Dictionary<string, string> VolumeLabels(string resourceName) => new()
    {
        [KnownConfigNames.ResourceLabel] = resourceName,
        [KnownConfigNames.DataPathLabel] = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataPath)),
    };

    private ContainerSpec CreateSpec(ContainerLaunch launch, string name, bool persistent)
    {
        var labels = new Dictionary<string, string> { [KnownConfigNames.ResourceLabel] = launch.ResourceName };
        if (!persistent)
        {
            labels[KnownConfigNames.SessionLabel] = session.SessionId;
        }

        return new ContainerSpec(name, launch.Image)
        {
            Network = persistent ? null : session.Network,
            NetworkAlias = persistent ? null : launch.ResourceName,
            Environment = launch.Environment,
            Arguments = launch.Arguments,
            Ports = launch.Ports,
            Mounts = [.. launch.Mounts.Select(m => (m.Source, m.Target, m.IsReadOnly))],
            Labels = labels,
        };
    }

    /// <summary>A hash of everything that defines the container, so a changed configuration recreates it.</summary>
    private static string ConfigurationHash(ContainerSpec spec, IReadOnlyDictionary<string, string> environment)
    {
        var text = new StringBuilder(string.Join('\n', ContainerCommandLine.Create(spec with { Labels = new Dictionary<string, string>() })));
        foreach (var (key, value) in environment.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(key).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string ShortHash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..8];

    private async Task<string> WriteEnvironmentFileAsync(string name, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataPath, "containers");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".env");
        await using (var stream = UnixPermissions.CreatePrivateFile(path))
        await using (var writer = new StreamWriter(stream))
        {
            foreach (var (key, value) in environment)
            {
                if (value.Contains('\n', StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Environment variable '{key}' of a container cannot span lines.");
                }

                await writer.WriteLineAsync($"{key}={value}".AsMemory(), cancellationToken);
            }
        }

        return path;
    }
}
