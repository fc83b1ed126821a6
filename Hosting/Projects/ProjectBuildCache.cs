using System.Collections.Concurrent;
using System.Diagnostics;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Projects;

/// <summary>
/// Builds each .NET project once per host process (<c>dotnet build</c>) and remembers its output assembly.
/// Builds are serialised: projects share referenced projects' obj folders.
/// </summary>
internal sealed class ProjectBuildCache
{
    private static readonly SemaphoreSlim BuildGate = new(1, 1);
    private static readonly ConcurrentDictionary<string, string> Built = new(StringComparer.Ordinal);

    /// <summary>The path of the project's built assembly, building it first when this process has not yet.</summary>
    public static async Task<string> GetOutputAssemblyAsync(string projectPath, string configuration, LogBuffer log, CancellationToken cancellationToken)
    {
        if (!File.Exists(projectPath))
        {
            throw new FileNotFoundException($"The project '{projectPath}' does not exist.", projectPath);
        }

        if (Built.TryGetValue(projectPath, out var assembly))
        {
            return assembly;
        }

        await BuildGate.WaitAsync(cancellationToken);
        try
        {
            if (Built.TryGetValue(projectPath, out assembly))
            {
                return assembly;
            }

            await RunDotnetAsync(["build", projectPath, "-c", configuration, "-nologo", "-v", "q", "-clp:NoSummary;ErrorsOnly"], log, cancellationToken);
            var path = (await RunDotnetAsync(["msbuild", projectPath, "-p:Configuration=" + configuration, "-getProperty:TargetPath"], log: null, cancellationToken)).Trim();
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Building '{projectPath}' did not produce '{path}'.", path);
            }

            Built[projectPath] = path;
            return path;
        }
        finally
        {
            BuildGate.Release();
        }
    }

    private static async Task<string> RunDotnetAsync(IReadOnlyList<string> arguments, LogBuffer? log, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        // A nested build must not reuse the caller's MSBuild node settings (e.g. when started from dotnet test).
        startInfo.Environment.Remove("MSBuildExtensionsPath");
        startInfo.Environment.Remove("MSBUILD_EXE_PATH");
        startInfo.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start 'dotnet'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        var errors = await stderr;
        if (process.ExitCode != 0)
        {
            var lines = (output + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines)
            {
                log?.Append(line.TrimEnd('\r'), isError: true);
            }

            throw new InvalidOperationException(
                $"'dotnet {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: "
                + string.Join(" | ", lines.TakeLast(5).Select(l => l.Trim())));
        }

        return output;
    }
}
