using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Processes;

/// <summary>
/// A running process in its own process group, with its output captured line by line.
/// Stopping signals the whole group, waits, then kills it; disposing never leaves the group behind.
/// </summary>
internal sealed partial class SupervisedProcess : IRunningResource
{
    private readonly Process _process;
    private readonly ProcessSpec _spec;
    private readonly ILogger _logger;
    private readonly Task _stdout;
    private readonly Task _stderr;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stopRequested;

    private SupervisedProcess(Process process, ProcessSpec spec, LogBuffer log, ILogger logger)
    {
        _process = process;
        _spec = spec;
        _logger = logger;
        ProcessId = process.Id;
        _stdout = PumpAsync(process.StandardOutput, log, isError: false);
        _stderr = PumpAsync(process.StandardError, log, isError: true);
        _ = WatchExitAsync();
    }

    public int? ProcessId { get; }

    public Task<int> Completion => _exited.Task;

    /// <summary>Starts <paramref name="spec"/>; throws a clear error when the program cannot be started.</summary>
    public static SupervisedProcess Start(ProcessSpec spec, LogBuffer log, ILogger logger)
    {
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

        EnsureProgramExists(spec);
        var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{spec}'.");
        LogStarted(logger, process.Id, spec.FileName);
        return new SupervisedProcess(process, spec, log, logger);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopRequested, 1) == 1 || _exited.Task.IsCompleted)
        {
            await KillGroupAndReleaseAsync();
            return;
        }

        var groupId = _process.Id;
        NativeSignals.SignalGroup(groupId, _spec.StopSignal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_spec.StopTimeout);
        try
        {
            await _exited.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            LogKilled(_logger, groupId, _spec.StopTimeout.TotalSeconds);
        }

        await KillGroupAndReleaseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillGroupAndReleaseAsync();
        _process.Dispose();
    }

    private async Task KillGroupAndReleaseAsync()
    {
        NativeSignals.SignalGroup(_process.Id, PosixSignalNumber.Kill);
        await _exited.Task;
        // Sweep what is left of the group (children that outlived the leader), then release the watcher.
        NativeSignals.SignalGroup(_process.Id, PosixSignalNumber.Kill);
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The watcher is already gone; nothing to release.
        }

        await Task.WhenAll(_stdout, _stderr).WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task WatchExitAsync()
    {
        await _process.WaitForExitAsync();
        // Let the last lines arrive before reporting the exit (callers show them); children still holding the
        // pipes must not delay the report for long.
        await Task.WhenAll(_stdout, _stderr).WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _exited.TrySetResult(_process.ExitCode);
    }

    private static async Task PumpAsync(StreamReader reader, LogBuffer log, bool isError)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            log.Append(line, isError);
        }
    }

    private static void EnsureProgramExists(ProcessSpec spec)
    {
        if (Path.IsPathRooted(spec.FileName))
        {
            if (!File.Exists(spec.FileName))
            {
                throw new FileNotFoundException($"The program '{spec.FileName}' does not exist.", spec.FileName);
            }

            return;
        }

        if (ExecutableLocator.Find(spec.FileName) is null)
        {
            throw new FileNotFoundException(
                $"The program '{spec.FileName}' was not found on PATH. Install it or configure its full path.",
                spec.FileName);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Started process {ProcessId} ({Program})")]
    private static partial void LogStarted(ILogger logger, int processId, string program);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Process group {ProcessId} did not stop within {Seconds} s; killed")]
    private static partial void LogKilled(ILogger logger, int processId, double seconds);
}
