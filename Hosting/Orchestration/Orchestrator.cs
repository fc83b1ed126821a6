using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Readiness;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>
/// Starts every resource once the resources it waits for are healthy, watches readiness and exits,
/// and stops everything in reverse dependency order.
/// </summary>
internal sealed partial class Orchestrator(
    IReadOnlyList<Resource> resources,
    IReadOnlyList<IResourceRunner> runners,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    OrchestratorOptions options,
    TimeProvider time,
    ILogger<Orchestrator> logger) : IAsyncDisposable
{
    private readonly Dictionary<string, ResourceExecution> _executions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly PortReservations _reservations = new();
    private ResourceGraph? _graph;

    /// <summary>The executions by resource name, available after <see cref="Start"/>.</summary>
    public IReadOnlyDictionary<string, ResourceExecution> Executions => _executions;

    /// <summary>Allocates endpoints and launches the start of every resource (without waiting for health).</summary>
    public void Start()
    {
        var runnable = resources.Where(r => r is not ParameterResource).ToList();
        _graph = new ResourceGraph(runnable);
        new EndpointAllocator().Allocate(runnable, _reservations);
        foreach (var resource in _graph.StartOrder)
        {
            var execution = new ResourceExecution(resource, logs.Get(resource.Name));
            _executions.Add(resource.Name, execution);
            Publish(execution, new ResourceSnapshot(resource.Name, resource.Kind, ResourceState.NotStarted, time.GetUtcNow())
            {
                Endpoints = EndpointsOf(resource),
                Notices = [.. resource.AnnotationsOf<NoticeAnnotation>().Select(n => n.Message)],
            });
        }

        foreach (var execution in _executions.Values)
        {
            Launch(execution);
        }
    }

    /// <summary>Stops one resource (not the resources that wait for it).</summary>
    public async Task StopResourceAsync(string name, CancellationToken cancellationToken)
    {
        var execution = Find(name);
        execution.Stopping = true;
        await execution.Cancellation!.CancelAsync();
        await StopOneAsync(execution, [], cancellationToken);
    }

    /// <summary>Starts a resource again after it stopped, exited or failed.</summary>
    public void StartResource(string name)
    {
        var execution = Find(name);
        lock (execution)
        {
            if (!execution.Snapshot.IsTerminal || execution.Running is not null)
            {
                throw new InvalidOperationException($"Resource '{name}' is {execution.Snapshot.State}; stop it first.");
            }

            if (_shutdown.IsCancellationRequested)
            {
                throw new InvalidOperationException("The application is stopping.");
            }

            execution.Stopping = false;
            execution.Healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Publish(execution, execution.Snapshot with
            {
                State = ResourceState.NotStarted, ChangedAt = time.GetUtcNow(), Restarts = execution.Snapshot.Restarts + 1,
                ExitCode = null, Reason = null, StartedAt = null, HealthyAt = null, ProcessId = null, HealthReports = [],
            });
        }

        Launch(execution);
    }

    private void Launch(ResourceExecution execution)
    {
        execution.Cancellation?.Dispose();
        execution.Cancellation = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token);
        var token = execution.Cancellation.Token;
        execution.Lifecycle = Task.Run(() => RunAsync(execution, token));
    }

    private ResourceExecution Find(string name) =>
        _executions.TryGetValue(name, out var execution)
            ? execution
            : throw new InvalidOperationException($"There is no resource named '{name}'.");

    /// <summary>Completes when every resource is healthy; faults with the first failure.</summary>
    public Task WhenAllHealthyAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_executions.Values.Select(e => e.Healthy.Task)).WaitAsync(cancellationToken);

    /// <summary>Stops dependents before their dependencies; resources without relation stop in parallel.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_graph is null)
        {
            return;
        }

        foreach (var execution in _executions.Values)
        {
            execution.Stopping = true;
        }

        await _shutdown.CancelAsync();
        var stopped = new Dictionary<Resource, Task>();
        foreach (var resource in _graph.StartOrder.Reverse())
        {
            var dependents = _graph.DependentsOf(resource).Select(d => stopped[d]).ToArray();
            stopped[resource] = StopOneAsync(_executions[resource.Name], dependents, cancellationToken);
        }

        await Task.WhenAll(stopped.Values);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _reservations.Dispose();
        _shutdown.Dispose();
    }

    private async Task StopOneAsync(ResourceExecution execution, Task[] dependents, CancellationToken cancellationToken)
    {
        await Task.WhenAll(dependents);
        await execution.Lifecycle.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await execution.HealthWatch.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (execution.Running is not { } running)
        {
            return;
        }

        execution.Running = null;
        if (!running.Completion.IsCompleted)
        {
            Update(execution, s => s with { State = ResourceState.Stopping });
        }

        try
        {
            await running.StopAsync(cancellationToken);
        }
        finally
        {
            await running.DisposeAsync();
        }

        if (!execution.Snapshot.IsTerminal)
        {
            Update(execution, s => s with { State = ResourceState.Stopped, ExitCode = running.Completion.Result });
        }
    }

    private async Task RunAsync(ResourceExecution execution, CancellationToken cancellationToken)
    {
        var resource = execution.Resource;
        try
        {
            await WaitForDependenciesAsync(execution, cancellationToken);
            Update(execution, s => s with { State = ResourceState.Starting, Reason = null });
            var values = await EnvironmentResolver.ResolveAsync(resource, cancellationToken);
            Update(execution, s => s with { Environment = values.MaskedEnvironment.ToImmutableDictionary() });
            var runner = runners.FirstOrDefault(r => r.CanRun(resource))
                ?? throw new InvalidOperationException($"No runner can start {resource}.");
            var context = new ResourceStartContext(
                resource, values.Environment, values.Arguments, execution.Log,
                status => Update(execution, s => s with { Reason = status }))
            {
                ReleaseEndpoints = () => _reservations.Release(resource),
            };
            try
            {
                execution.Running = await runner.StartAsync(context, cancellationToken);
            }
            finally
            {
                _reservations.Release(resource);
            }

            var startedAt = time.GetUtcNow();
            Update(execution, s => s with
            {
                State = ResourceState.Running, StartedAt = startedAt, ProcessId = execution.Running.ProcessId, Reason = null,
            });
            await WaitUntilHealthyAsync(execution, execution.Running, cancellationToken);
            Update(execution, s => s with { State = ResourceState.Healthy, HealthyAt = time.GetUtcNow() });
            execution.Healthy.TrySetResult();
            execution.ExitWatch = WatchExitAsync(execution, execution.Running);
            execution.HealthWatch = MonitorHealthAsync(execution, execution.Running, cancellationToken);
        }
        catch (OperationCanceledException) when (execution.Stopping)
        {
            Fail(execution, "the application stopped before the resource was ready", inner: null, setState: false);
            if (execution.Running is null)
            {
                Update(execution, s => s with { State = ResourceState.Stopped, Reason = null });
            }
        }
        catch (ResourceFailedException ex) when (ex.ResourceName != resource.Name)
        {
            Fail(execution, $"'{ex.ResourceName}', which it waits for, failed", ex, setState: true);
        }
        catch (ResourceFailedException ex)
        {
            Fail(execution, ex.Reason, ex, setState: true);
        }
        catch (Exception ex)
        {
            // Any failure of a runner is reported on the resource; the lifecycle task must never fault silently.
            Fail(execution, ex.Message, ex, setState: true);
        }
    }

    /// <summary>Reports a healthy resource that ends without being asked to.</summary>
    private async Task WatchExitAsync(ResourceExecution execution, IRunningResource running)
    {
        var exitCode = await running.Completion;
        if (!execution.Stopping)
        {
            LogExited(logger, execution.Resource.Name, exitCode);
            Update(execution, s => s with { State = ResourceState.Exited, ExitCode = exitCode, Reason = $"exited with code {exitCode}" });
        }
    }

    private async Task WaitForDependenciesAsync(ResourceExecution execution, CancellationToken cancellationToken)
    {
        var dependencies = _graph!.DependenciesOf(execution.Resource);
        if (dependencies.Count == 0)
        {
            return;
        }

        Update(execution, s => s with
        {
            State = ResourceState.Waiting, Reason = "waiting for " + string.Join(", ", dependencies.Select(d => d.Name)),
        });
        foreach (var dependency in dependencies)
        {
            await _executions[dependency.Name].Healthy.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task WaitUntilHealthyAsync(ResourceExecution execution, IRunningResource running, CancellationToken cancellationToken)
    {
        var checks = execution.Resource.AnnotationsOf<HealthCheckAnnotation>().Select(a => a.Check).ToList();
        for (var index = 0; index < checks.Count; index++)
        {
            var check = checks[index];
            while (true)
            {
                if (running.Completion.IsCompleted)
                {
                    throw ExitedBeforeHealthy(execution, running.Completion.Result);
                }

                var result = await check.CheckAsync(cancellationToken);
                var report = Report(check, result);
                var position = index;
                if (result.IsReady)
                {
                    Update(execution, s => s with { HealthReports = WithReport(s.HealthReports, position, report) });
                    break;
                }

                Update(execution, s => s with
                {
                    Reason = $"{check.Description}: {result.Detail}", HealthReports = WithReport(s.HealthReports, position, report),
                });
                var delay = Task.Delay(options.HealthCheckInterval, time, cancellationToken);
                await Task.WhenAny(delay, running.Completion);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        if (running.Completion.IsCompleted && running.Completion.Result != 0)
        {
            throw ExitedBeforeHealthy(execution, running.Completion.Result);
        }

        Update(execution, s => s with { Reason = null });
    }

    /// <summary>
    /// Once healthy: runs the checks again every <see cref="OrchestratorOptions.HealthMonitorInterval"/>; a failing
    /// check turns the resource unhealthy (with the reason), passing checks turn it healthy again.
    /// </summary>
    private async Task MonitorHealthAsync(ResourceExecution execution, IRunningResource running, CancellationToken cancellationToken)
    {
        var checks = execution.Resource.AnnotationsOf<HealthCheckAnnotation>().Select(a => a.Check).ToList();
        if (checks.Count == 0)
        {
            return;
        }

        try
        {
            while (true)
            {
                await Task.WhenAny(Task.Delay(options.HealthMonitorInterval, time, cancellationToken), running.Completion);
                if (cancellationToken.IsCancellationRequested || running.Completion.IsCompleted)
                {
                    return;
                }

                var reports = new List<HealthCheckReport>(checks.Count);
                foreach (var check in checks)
                {
                    reports.Add(Report(check, await check.CheckAsync(cancellationToken)));
                }

                var failures = reports.Where(r => !r.IsHealthy).Select(r => $"{r.Name}: {r.Detail}").ToList();
                Update(execution, s => s.State is not (ResourceState.Healthy or ResourceState.Unhealthy) || running.Completion.IsCompleted
                    ? s
                    : s with
                    {
                        State = failures.Count == 0 ? ResourceState.Healthy : ResourceState.Unhealthy,
                        Reason = failures.Count == 0 ? null : string.Join("; ", failures),
                        HealthReports = [.. reports],
                    });
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The resource is being stopped.
        }
    }

    private HealthCheckReport Report(IReadinessCheck check, ReadinessResult result) =>
        new(check.Description, result.IsReady, result.IsReady ? null : result.Detail, time.GetUtcNow());

    private static ImmutableArray<HealthCheckReport> WithReport(ImmutableArray<HealthCheckReport> reports, int index, HealthCheckReport report) =>
        index < reports.Length ? reports.SetItem(index, report) : reports.Add(report);

    private ResourceFailedException ExitedBeforeHealthy(ResourceExecution execution, int exitCode) =>
        new(execution.Resource.Name, $"exited with code {exitCode} before it was healthy", execution.Log.Tail(options.FailureLogLines));

    private void Fail(ResourceExecution execution, string reason, Exception? inner, bool setState)
    {
        var failure = inner as ResourceFailedException
            ?? new ResourceFailedException(execution.Resource.Name, reason, execution.Log.Tail(options.FailureLogLines), inner);
        if (setState)
        {
            LogFailed(logger, execution.Resource.Name, reason);
            Update(execution, s => s with { State = ResourceState.FailedToStart, Reason = reason });
        }

        execution.Healthy.TrySetException(failure);
    }

    private void Update(ResourceExecution execution, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        lock (execution)
        {
            var next = change(execution.Snapshot);
            Publish(execution, next.State == execution.Snapshot.State ? next : next with { ChangedAt = time.GetUtcNow() });
        }
    }

    private void Publish(ResourceExecution execution, ResourceSnapshot snapshot)
    {
        execution.Snapshot = snapshot;
        notifications.Publish(snapshot);
    }

    private static ImmutableDictionary<string, string> EndpointsOf(Resource resource) =>
        resource.AnnotationsOf<EndpointAnnotation>()
            .Where(e => e.Allocated is not null)
            .ToImmutableDictionary(e => e.Name, e => e.Allocated!.UrlString);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource {Resource} exited with code {ExitCode}")]
    private static partial void LogExited(ILogger logger, string resource, int exitCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resource {Resource} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string resource, string reason);
}
