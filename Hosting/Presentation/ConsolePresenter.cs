using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Presentation;

/// <summary>
/// The only writer to the console: a line per state change while starting, then the URLs, then quiet
/// (except when a resource ends unexpectedly).
/// </summary>
internal sealed class ConsolePresenter(TextWriter output, DevHostApp app, TimeProvider time)
{
    private readonly Dictionary<string, ResourceState> _shown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _startedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Phase, DateTimeOffset At)> _phases = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _began = time.GetUtcNow();
    private readonly int _nameWidth = Math.Max(8, app.Resources.Where(r => r is not ParameterResource).Max(r => (int?)r.Name.Length) ?? 8);

    /// <summary>Prints state changes until every resource is healthy, or until cancelled.</summary>
    public async Task ShowStartupAsync(CancellationToken cancellationToken)
    {
        var expected = app.Resources.Where(r => r is not ParameterResource).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        output.WriteLine($"Starting {expected.Count} resources (data in {app.DataPath})");
        try
        {
            await foreach (var snapshot in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                Show(snapshot);
                if (snapshot.State == ResourceState.Healthy)
                {
                    healthy.Add(snapshot.Name);
                }

                if (healthy.SetEquals(expected))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Start-up ended another way (failure or Ctrl+C); the caller reports it.
        }
    }

    /// <summary>Notices, then one <c>Label: url</c> line per published URL (the dashboard's after the first), at column 0.</summary>
    public void ShowReady(Uri? dashboardUrl)
    {
        var elapsed = time.GetUtcNow() - _began;
        output.WriteLine($"All resources healthy in {elapsed.TotalSeconds:0.0} s.");
        foreach (var notice in app.Resources.SelectMany(r => r.AnnotationsOf<NoticeAnnotation>()))
        {
            output.WriteLine();
            output.WriteLine("!!! " + notice.Message.Replace("\n", "\n!!! ", StringComparison.Ordinal));
        }

        output.WriteLine();
        foreach (var (label, endpoint, note) in PublishedUrls(dashboardUrl))
        {
            output.WriteLine(note is null ? $"{label}: {endpoint}" : $"{label}: {endpoint}  ({note})");
        }

        output.WriteLine();
        output.WriteLine("Press Ctrl+C to stop.");
    }

    /// <summary>The <c>Label: url</c> lines, in print order: the dashboard's right after the first (the gateway's).</summary>
    public IReadOnlyList<(string Label, string Url, string? Note)> PublishedUrls(Uri? dashboardUrl)
    {
        var lines = app.Resources
            .SelectMany(r => r.AnnotationsOf<ConsoleUrlAnnotation>().Select(url => (Resource: r, Url: url)))
            .OrderBy(p => p.Url.Order)
            .Select(p => (p.Url.Label, new EndpointReference(p.Resource, p.Url.EndpointName).Allocated.UrlString + (p.Url.Path ?? string.Empty), p.Url.Note))
            .ToList();
        if (dashboardUrl is not null)
        {
            lines.Insert(Math.Min(1, lines.Count), ("Dashboard", dashboardUrl.ToString(), null));
        }

        return lines;
    }

    public void ShowFailure(ResourceFailedException failure)
    {
        output.WriteLine();
        output.WriteLine($"error: resource '{failure.ResourceName}' failed: {failure.Reason}");
        if (failure.LastLogLines.Count > 0)
        {
            output.WriteLine($"last lines of '{failure.ResourceName}':");
            foreach (var line in failure.LastLogLines)
            {
                output.WriteLine("  | " + line);
            }
        }
    }

    public void ShowError(string message)
    {
        output.WriteLine();
        output.WriteLine("error: " + message);
    }

    public void ShowWarning(string message) => output.WriteLine("warning: " + message);

    public void ShowStopping() => output.WriteLine("Stopping...");

    public void ShowStopped() => output.WriteLine("Stopped.");

    /// <summary>After start-up: reports a resource that ends unexpectedly, with its last log lines.</summary>
    public async Task ShowRuntimeExitsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var snapshot in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                var previous = _shown.GetValueOrDefault(snapshot.Name);
                if (snapshot.State == previous)
                {
                    continue;
                }

                _shown[snapshot.Name] = snapshot.State;
                if (snapshot.State == ResourceState.Exited)
                {
                    output.WriteLine($"warning: resource '{snapshot.Name}' {snapshot.Reason}; last lines:");
                    foreach (var line in app.ResourceLogs.Get(snapshot.Name).Tail(10))
                    {
                        output.WriteLine("  | " + line);
                    }
                }
                else if (snapshot.State == ResourceState.Unhealthy)
                {
                    output.WriteLine($"warning: resource '{snapshot.Name}' is unhealthy: {snapshot.Reason}");
                }
                else if (snapshot.State == ResourceState.Healthy && previous == ResourceState.Unhealthy)
                {
                    output.WriteLine($"resource '{snapshot.Name}' is healthy again");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The application is stopping.
        }
    }

    private void Show(ResourceSnapshot snapshot)
    {
        if (_shown.TryGetValue(snapshot.Name, out var previous) && previous == snapshot.State)
        {
            ShowPhase(snapshot);
            return;
        }

        _shown[snapshot.Name] = snapshot.State;
        if (snapshot.State == ResourceState.NotStarted)
        {
            return;
        }

        if (snapshot.State == ResourceState.Starting)
        {
            _startedAt[snapshot.Name] = snapshot.ChangedAt;
        }

        var detail = snapshot.State switch
        {
            ResourceState.Healthy when _startedAt.TryGetValue(snapshot.Name, out var started) =>
                $"{(snapshot.ChangedAt - started).TotalSeconds:0.0} s",
            ResourceState.Waiting or ResourceState.FailedToStart => snapshot.Reason,
            _ => null,
        };
        var state = snapshot.State == ResourceState.FailedToStart ? "failed" : snapshot.State.ToString().ToLowerInvariant();
        output.WriteLine($"  {snapshot.Name.PadRight(_nameWidth)}  {state,-13} {detail}".TrimEnd());
    }

    /// <summary>Phases that report progress repeat their line at this pace: image pulls, a database install (module i/N).</summary>
    private static TimeSpan? ProgressInterval(string phase) =>
        phase.StartsWith("pulling", StringComparison.Ordinal) ? TimeSpan.FromSeconds(2)
        : phase.StartsWith("initialising", StringComparison.Ordinal) ? TimeSpan.FromSeconds(5)
        : null;

    /// <summary>While starting: one line per phase (building, pulling, initialising), progress at most every 2 s (pulls) or 5 s (installs).</summary>
    private void ShowPhase(ResourceSnapshot snapshot)
    {
        if (snapshot.State != ResourceState.Starting || snapshot.Reason is not { Length: > 0 } reason)
        {
            return;
        }

        var phase = reason.Split(':', 2)[0];
        var now = time.GetUtcNow();
        if (_phases.TryGetValue(snapshot.Name, out var last) && last.Phase == phase && (ProgressInterval(phase) is not { } interval || now - last.At < interval))
        {
            return;
        }

        _phases[snapshot.Name] = (phase, now);
        var text = reason.Length > 100 ? reason[..100] + "..." : reason;
        output.WriteLine($"  {snapshot.Name.PadRight(_nameWidth)}  {"starting",-13} {text}");
    }
}
