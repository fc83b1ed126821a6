using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using OdooAspire.IntegrationTests.Infrastructure;

namespace OdooAspire.IntegrationTests.Lifecycle;

/// <summary>
/// The AppHost as a user runs it: its own process (the built AppHost, simulator mode, an isolated data folder),
/// started with SIGINT at its default so Ctrl+C works even under a shell that ignores it for background jobs.
/// Knows the processes of its graph: its descendants, the orchestrator that monitors it, and whatever mentions
/// its data folder.
/// </summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<string> _gatewayLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<(int, long)> _before;
    private IReadOnlyList<ProcessEntry> _graph = [];

    private AppHostProcess(Process process, string dataPath, HashSet<(int, long)> before)
    {
        _process = process;
        DataPath = dataPath;
        _before = before;
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string DataPath { get; }

    public int ProcessId => _process.Id;

    /// <summary>The graph's processes as recorded once healthy, the AppHost itself included.</summary>
    public IReadOnlyList<ProcessEntry> Graph => _graph;

    public static AppHostProcess Start(string dataPath)
    {
        var before = ProcessTable.Snapshot().Select(p => (p.Id, p.StartTicks)).ToHashSet();
        var startInfo = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AppHostAssembly)!,
        };
        string[] arguments =
        [
            "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
            "dotnet", AppHostAssembly, "--DataPath", dataPath, "--Odoo:Mode", "Simulator",
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return new AppHostProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("could not start the AppHost"), dataPath, before);
    }

    /// <summary>Waits for the <c>Gateway:</c> line (everything healthy), then records the graph's processes.</summary>
    public async Task<Uri> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_gatewayLine.Task, exited).WaitAsync(timeout).ConfigureAwait(false);
        if (first != _gatewayLine.Task)
        {
            throw new InvalidOperationException($"The AppHost exited with code {_process.ExitCode} before it was healthy:\n{Output()}");
        }

        _graph = FindGraph();
        return new Uri(_gatewayLine.Task.Result["Gateway: ".Length..].Trim());
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM, KILL) to the AppHost process.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The graph's processes still running once <paramref name="grace"/> has passed (none, when all is well).</summary>
    public async Task<IReadOnlyList<ProcessEntry>> LeftoversAfterAsync(TimeSpan grace)
    {
        await Polling.UntilAsync(() => Task.FromResult(Running().Count == 0), grace, TimeSpan.FromMilliseconds(100));
        return Running();
    }

    public string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output.TakeLast(40));
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A failed test must not leave its graph behind: whatever still runs is killed by its id.
        foreach (var process in Running())
        {
            try
            {
                using var running = Process.GetProcessById(process.Id);
                running.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
    }

    private List<ProcessEntry> Running() =>
        [.. _graph.Where(ProcessTable.IsRunning), .. ProcessTable.Snapshot().Where(p => p.CommandLine.Contains(DataPath, StringComparison.Ordinal) && _graph.All(g => g.Id != p.Id))];

    private List<ProcessEntry> FindGraph()
    {
        var fresh = ProcessTable.Snapshot().Where(p => !_before.Contains((p.Id, p.StartTicks))).ToList();
        var host = _process.Id.ToString(CultureInfo.InvariantCulture);
        var graph = fresh.Where(p => p.Id == _process.Id
                || p.CommandLine.Contains(DataPath, StringComparison.Ordinal)
                || p.CommandLine.Contains($"--monitor {host}", StringComparison.Ordinal))
            .ToDictionary(p => p.Id);
        bool added;
        do
        {
            added = false;
            foreach (var process in fresh.Where(p => !graph.ContainsKey(p.Id) && graph.ContainsKey(p.ParentId)))
            {
                graph[process.Id] = process;
                added = true;
            }
        }
        while (added);

        return [.. graph.Values.OrderBy(p => p.Id)];
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.StartsWith("Gateway: ", StringComparison.Ordinal))
        {
            _gatewayLine.TrySetResult(line);
        }
    }

    /// <summary>The AppHost built with the same configuration as these tests.</summary>
    private static string AppHostAssembly
    {
        get
        {
            var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var project = Projects.AppHost.ProjectPath.EndsWith(".csproj", StringComparison.Ordinal)
                ? Path.GetDirectoryName(Projects.AppHost.ProjectPath)!
                : Projects.AppHost.ProjectPath;
            return Path.Combine(project, "bin", configuration, "net10.0", "OdooAspire.AppHost.dll");
        }
    }
}
