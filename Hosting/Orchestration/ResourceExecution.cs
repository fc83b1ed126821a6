using OdooAspire.Hosting.ApplicationModel;

namespace OdooAspire.Hosting.Orchestration;

/// <summary>The run-time state the orchestrator keeps for one resource.</summary>
internal sealed class ResourceExecution(Resource resource, LogBuffer log)
{
    public Resource Resource { get; } = resource;

    public LogBuffer Log { get; } = log;

    /// <summary>Completes when the resource is healthy; faults with <see cref="ResourceFailedException"/> otherwise.</summary>
    public TaskCompletionSource Healthy { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancels this resource's start phase (linked to the application's shutdown).</summary>
    public CancellationTokenSource? Cancellation { get; set; }

    public IRunningResource? Running { get; set; }

    /// <summary>The start phase: waiting, starting, readiness; ends healthy or failed (cancelled on shutdown).</summary>
    public Task Lifecycle { get; set; } = Task.CompletedTask;

    /// <summary>Watches a healthy resource for an unexpected end.</summary>
    public Task ExitWatch { get; set; } = Task.CompletedTask;

    /// <summary>Runs the health checks of a healthy resource periodically.</summary>
    public Task HealthWatch { get; set; } = Task.CompletedTask;

    public ResourceSnapshot Snapshot { get; set; } = null!;

    public bool Stopping { get; set; }
}
