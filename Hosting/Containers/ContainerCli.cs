using System.Diagnostics;
using OdooAspire.Hosting.Processes;

namespace OdooAspire.Hosting.Containers;

/// <summary>Runs one docker/podman CLI command to its end, output discarded, with a deadline.</summary>
internal static class ContainerCli
{
    /// <summary>True when <c>name args</c> exits with 0 within <paramref name="timeout"/>; a missing CLI is false.</summary>
    public static bool Succeeds(string name, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        if (ExecutableLocator.Find(name) is not { } program)
        {
            return false;
        }

        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo);
        if (process is null)
        {
            return false;
        }

        process.StandardInput.Close();
        // Drained so a chatty `info` cannot block on a full pipe.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            // An engine that hangs (a stopped docker daemon's socket, a stuck podman) does not answer.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return false;
        }

        return process.ExitCode == 0;
    }
}
