namespace OdooAspire.IntegrationTests.Infrastructure;

/// <summary>
/// What a graph started, found by comparing the process table before it was created with the one once it is
/// healthy: processes whose command line mentions its data folder (PostgreSQL, Odoo, config files), its own
/// orchestrator (DCP runs detached, <c>--monitor</c>ing this test process) and everything below either or below
/// this test process. After the graph is disposed, whichever of them still runs is a leftover.
/// </summary>
internal sealed class LeftoverProcesses
{
    private readonly HashSet<(int, long)> _before;
    private readonly string _dataPath;
    private IReadOnlyList<ProcessEntry> _graph = [];

    private LeftoverProcesses(string dataPath, IReadOnlyList<ProcessEntry> before)
    {
        _dataPath = dataPath;
        _before = before.Select(p => (p.Id, p.StartTicks)).ToHashSet();
    }

    /// <summary>The processes of the graph, as last recorded.</summary>
    public IReadOnlyList<ProcessEntry> Graph => _graph;

    /// <summary>Takes the baseline: call before the graph is created.</summary>
    public static LeftoverProcesses Before(string dataPath) => new(dataPath, ProcessTable.Snapshot());

    /// <summary>Records the graph's processes (call once it is healthy; again later only adds).</summary>
    public void RecordGraph()
    {
        var now = ProcessTable.Snapshot();
        var fresh = now.Where(p => !_before.Contains((p.Id, p.StartTicks))).ToList();
        var roots = new HashSet<int>(fresh.Where(IsGraphRoot).Select(p => p.Id)) { Environment.ProcessId };
        var graph = new Dictionary<int, ProcessEntry>();
        foreach (var process in fresh.Where(p => roots.Contains(p.Id) && p.Id != Environment.ProcessId))
        {
            graph[process.Id] = process;
        }

        // Children of the roots, to any depth (a PostgreSQL backend, a `dotnet run` wrapper's app, a DCP monitor).
        bool added;
        do
        {
            added = false;
            foreach (var process in fresh.Where(p => !graph.ContainsKey(p.Id) && (roots.Contains(p.ParentId) || graph.ContainsKey(p.ParentId))))
            {
                graph[process.Id] = process;
                added = true;
            }
        }
        while (added);

        foreach (var previous in _graph.Where(p => !graph.ContainsKey(p.Id)))
        {
            graph[previous.Id] = previous;
        }

        _graph = [.. graph.Values.OrderBy(p => p.Id)];
    }

    /// <summary>
    /// The graph's processes still running after <paramref name="grace"/>, plus any process that mentions the data
    /// folder (started after the record): a monitor leaves a moment after its child, so only what outlives the
    /// grace is a leftover.
    /// </summary>
    public async Task<IReadOnlyList<ProcessEntry>> FindAfterAsync(TimeSpan grace)
    {
        await Polling.UntilAsync(() => Task.FromResult(Find().Count == 0), grace, TimeSpan.FromMilliseconds(100));
        return Find();
    }

    /// <summary>The graph's processes running now, by program name (<c>dcp ×3, postgres</c>).</summary>
    public string DescribeRunning()
    {
        var running = Find();
        return running.Count == 0
            ? "none"
            : string.Join(", ", running
                .GroupBy(p => Path.GetFileName(p.CommandLine.Split(' ', 2)[0]))
                .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}"));
    }

    private List<ProcessEntry> Find()
    {
        var running = _graph.Where(ProcessTable.IsRunning).ToList();
        running.AddRange(ProcessTable.Snapshot().Where(p => MentionsDataPath(p) && running.All(r => r.Id != p.Id)));
        return running;
    }

    private bool IsGraphRoot(ProcessEntry process) =>
        MentionsDataPath(process) || IsOwnOrchestrator(process);

    private bool MentionsDataPath(ProcessEntry process) => process.CommandLine.Contains(_dataPath, StringComparison.Ordinal);

    /// <summary>DCP's API server started by this test process: <c>dcp start-apiserver --monitor &lt;this pid&gt;</c>.</summary>
    private static bool IsOwnOrchestrator(ProcessEntry process)
    {
        var arguments = process.CommandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var monitor = Array.IndexOf(arguments, "--monitor");
        return arguments.Length > 0 && Path.GetFileName(arguments[0]) == "dcp"
            && monitor > 0 && monitor + 1 < arguments.Length
            && arguments[monitor + 1] == Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
