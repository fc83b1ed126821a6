using System.Diagnostics;

namespace OdooAspire.Hosting.Processes;

/// <summary>
/// Runs a setup command to its end (initdb, pg_dump, Odoo's one-off install) in its own process group under the
/// watchdog, so neither a cancelled start nor a killed AppHost leaves it behind. Each output line goes to
/// <see cref="ProcessSpec"/>'s caller as it arrives; the last lines are kept for the error message.
/// </summary>
internal static class OneShotProcess
{
    private const int TailLines = 20;

    /// <summary>Runs <paramref name="spec"/>; throws <see cref="OneShotProcessException"/> with the last lines when it fails.</summary>
    public static async Task RunAsync(ProcessSpec spec, Action<string, bool> onLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(onLine);
        EnsureProgramExists(spec.FileName);
        var (fileName, arguments) = ProcessWatchdog.Wrap(spec);
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var tail = new Queue<string>();
        void Record(string line, bool isError)
        {
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }

            onLine(line, isError);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{spec}'.");
        var stdout = PumpAsync(process.StandardOutput, line => Record(line, false));
        var stderr = PumpAsync(process.StandardError, line => Record(line, true));
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await StopGroupAsync(process, spec);
            throw;
        }
        finally
        {
            // The group's leader is gone: sweep children it left, then release the watchdog.
            NativeSignals.SignalGroup(process.Id, PosixSignalNumber.Kill);
            process.StandardInput.Close();
            await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (process.ExitCode != 0)
        {
            string[] lines;
            lock (tail)
            {
                lines = [.. tail];
            }

            throw new OneShotProcessException(spec.ToString(), process.ExitCode, lines);
        }
    }

    private static async Task StopGroupAsync(Process process, ProcessSpec spec)
    {
        NativeSignals.SignalGroup(process.Id, spec.StopSignal);
        using var timeout = new CancellationTokenSource(spec.StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            NativeSignals.SignalGroup(process.Id, PosixSignalNumber.Kill);
        }
    }

    private static async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine(line);
        }
    }

    private static void EnsureProgramExists(string program)
    {
        if (ExecutableLocator.Find(program) is null)
        {
            throw new FileNotFoundException(
                Path.IsPathRooted(program)
                    ? $"The program '{program}' does not exist."
                    : $"The program '{program}' was not found on PATH. Install it or configure its full path.",
                program);
        }
    }
}
