namespace OdooAspire.Dashboard.Resources;

/// <summary>One resource as the dashboard shows it.</summary>
/// <param name="Name">Unique resource name, e.g. <c>odoo</c>.</param>
/// <param name="Kind">What it is: <c>Container</c>, <c>Executable</c>, <c>Project</c>...</param>
/// <param name="State">Its lifecycle state.</param>
/// <param name="ExitCode">The exit code once the process ended (<see cref="ResourceState.Exited"/>, <see cref="ResourceState.Stopped"/>).</param>
/// <param name="StartedAt">When the current run started, if it did.</param>
/// <param name="RestartCount">How many times it was restarted.</param>
/// <param name="HealthChecks">The latest result of each health check.</param>
/// <param name="Endpoints">Its endpoints, shown as links.</param>
/// <param name="Environment">Its environment; secret values must be flagged (and may already be masked).</param>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    ResourceState State,
    int? ExitCode,
    DateTimeOffset? StartedAt,
    int RestartCount,
    IReadOnlyList<ResourceHealthCheck> HealthChecks,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    IReadOnlyList<ResourceEnvironmentVariable> Environment)
{
    /// <summary>Why the resource is in its state (e.g. what failed), shown next to the state.</summary>
    public string? StateReason { get; init; }

    /// <summary>Notices to show prominently, e.g. that the Odoo simulator runs instead of a real Odoo.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
