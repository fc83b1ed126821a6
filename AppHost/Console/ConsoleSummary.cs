using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OdooAspire.AppHost.State;
using OdooAspire.Hosting;
using OdooAspire.Hosting.Odoo;

namespace OdooAspire.AppHost.Console;

/// <summary>
/// The only writer to the AppHost's console (Aspire's own logging stays at warnings): a line per step while
/// starting, the notices, then <c>Gateway:</c>, <c>Dashboard:</c> and <c>Odoo:</c> at column 0 once everything is
/// healthy (recorded in running.json for <c>doctor</c>); a resource that fails is named, with why and its last lines.
/// </summary>
internal sealed class ConsoleSummary(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    IConfiguration configuration,
    DistributedApplicationOptions options,
    DistributedApplicationExecutionContext execution,
    IHostApplicationLifetime lifetime)
{
    private const int TailLines = 15;

    private static readonly HashSet<string> FailedStates =
        new([KnownResourceStates.FailedToStart, KnownResourceStates.Exited, KnownResourceStates.Finished], StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, LogTail> _tails = new(StringComparer.Ordinal);
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly TextWriter _output = System.Console.Out;
    private string? _dataPath;

    private Task? _running;

    /// <summary>Follows the start-up until the application stops.</summary>
    public void Start() => _running ??= RunAsync(lifetime.ApplicationStopping);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!execution.IsRunMode)
        {
            return;
        }

        // The resources a user runs: not parameters, nor helpers Aspire hides (a project's rebuilder).
        var resources = model.Resources
            .Where(r => r is IResourceWithWaitSupport && !IsHidden(r))
            .ToList();
        _dataPath = configuration[DataFolderExtensions.DataPathKey] is { Length: > 0 } configured ? Path.GetFullPath(configured) : null;
        _output.WriteLine($"Starting {string.Join(", ", resources.Select(r => r.Name))}" + (_dataPath is null ? "" : $" (data in {_dataPath})"));
        foreach (var resource in resources)
        {
            _ = FollowLogsAsync(resource.Name, stoppingToken);
        }

        try
        {
            if (await WatchUntilHealthyAsync(resources, stoppingToken))
            {
                ShowReady(resources);
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or the app stopped: nothing more to say.
        }
        finally
        {
            if (_dataPath is not null)
            {
                RunningEnvironmentFile.Remove(_dataPath, Environment.ProcessId);
            }
        }
    }

    /// <summary>Prints each state (and Odoo's progress) as it changes; true once every resource is healthy.</summary>
    private async Task<bool> WatchUntilHealthyAsync(IReadOnlyList<IResource> resources, CancellationToken cancellationToken)
    {
        var names = resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        var healthy = new HashSet<string>(StringComparer.Ordinal);
        var width = names.Max(n => n.Length);
        await foreach (var update in notifications.WatchAsync(cancellationToken))
        {
            if (!names.Contains(update.Resource.Name))
            {
                continue;
            }

            var snapshot = update.Snapshot;
            if (snapshot.IsHidden)
            {
                names.Remove(update.Resource.Name);
                continue;
            }

            var state = snapshot.State?.Text ?? string.Empty;
            var isHealthy = state == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy;
            var detail = snapshot.Properties.FirstOrDefault(p => p.Name == OdooProgress.DetailProperty)?.Value as string;
            var line = isHealthy ? "healthy" : detail is { Length: > 0 } && state != KnownResourceStates.Running ? detail : state.ToLowerInvariant();
            if (line.Length > 0 && state != KnownResourceStates.NotStarted && (!shown.TryGetValue(update.Resource.Name, out var previous) || previous != line))
            {
                shown[update.Resource.Name] = line;
                _output.WriteLine($"  {update.Resource.Name.PadRight(width)}  {line}  ({_elapsed.Elapsed.TotalSeconds:0.0} s)");
            }

            if (FailedStates.Contains(state))
            {
                ShowFailure(update.Resource.Name, state, snapshot.ExitCode);
                return false;
            }

            if (isHealthy)
            {
                healthy.Add(update.Resource.Name);
            }

            if (healthy.SetEquals(names))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(IResource resource) =>
        resource.Annotations.OfType<HiddenAnnotation>().Any()
        || resource.Annotations.OfType<ResourceSnapshotAnnotation>().Any(a => a.InitialSnapshot.IsHidden);

    private void ShowReady(IReadOnlyList<IResource> resources)
    {
        _output.WriteLine($"All resources healthy in {_elapsed.Elapsed.TotalSeconds:0.0} s.");
        foreach (var notice in resources.SelectMany(r => r.Annotations.OfType<NoticeAnnotation>()))
        {
            _output.WriteLine();
            _output.WriteLine("!!! " + notice.Message.Replace("\n", "\n!!! ", StringComparison.Ordinal));
        }

        _output.WriteLine();
        var urls = resources
            .SelectMany(r => r.Annotations.OfType<ConsoleUrlAnnotation>().Select(a => (Resource: r, Url: a)))
            .OrderBy(p => p.Url.Order)
            .Select(p => (p.Url.Label, Url: ((IResourceWithEndpoints)p.Resource).GetEndpoint(p.Url.EndpointName).Url + p.Url.Path, p.Url.Note))
            .ToList();
        if (DashboardLoginUrl() is { } dashboard)
        {
            urls.Insert(Math.Min(1, urls.Count), ("Dashboard", dashboard, null));
        }

        foreach (var (label, url, note) in urls)
        {
            _output.WriteLine(note is null ? $"{label}: {url}" : $"{label}: {url}  ({note})");
        }

        _output.WriteLine();
        _output.WriteLine("Press Ctrl+C to stop.");
        if (_dataPath is not null)
        {
            RunningEnvironmentFile.Write(_dataPath, new RunningEnvironment(
                Environment.ProcessId, DateTimeOffset.UtcNow, urls.ToDictionary(u => u.Label, u => u.Url, StringComparer.Ordinal)));
        }
    }

    private void ShowFailure(string name, string state, int? exitCode)
    {
        var why = state == KnownResourceStates.FailedToStart ? "failed to start" : $"stopped ({state}{(exitCode is { } code ? $", exit code {code}" : "")})";
        _output.WriteLine();
        _output.WriteLine($"{name} {why}. Its last lines:");
        foreach (var line in _tails.TryGetValue(name, out var tail) ? tail.Lines() : [])
        {
            _output.WriteLine("  | " + line);
        }

        _output.WriteLine($"The whole log is in the dashboard ({DashboardLoginUrl() ?? "off"}). Press Ctrl+C to stop the rest.");
    }

    /// <summary>The dashboard's login URL with its token (it also sets the browser's cookie), or null when it is off.</summary>
    private string? DashboardLoginUrl()
    {
        var url = configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (url is null || options.DisableDashboard)
        {
            return null;
        }

        return configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{url.TrimEnd('/')}/login?t={token}" : url;
    }

    private async Task FollowLogsAsync(string name, CancellationToken cancellationToken)
    {
        var tail = _tails.GetOrAdd(name, _ => new LogTail(TailLines));
        try
        {
            await foreach (var batch in logs.WatchAsync(name).WithCancellation(cancellationToken))
            {
                foreach (var line in batch)
                {
                    tail.Add(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
