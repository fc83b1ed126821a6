using System.Collections.Immutable;

namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>An immutable view of a resource at one moment, for the console, the dashboard and tests.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    ResourceState State,
    DateTimeOffset ChangedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? HealthyAt = null,
    int? ExitCode = null,
    string? Reason = null,
    int? ProcessId = null)
{
    /// <summary>Endpoint name → URL seen from the host.</summary>
    public ImmutableDictionary<string, string> Endpoints { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Environment as given to the process, secrets masked.</summary>
    public ImmutableDictionary<string, string> Environment { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>How many times the resource was started again by a command.</summary>
    public int Restarts { get; init; }

    /// <summary>The latest result of each health check, in declaration order.</summary>
    public ImmutableArray<HealthCheckReport> HealthReports { get; init; } = [];

    /// <summary>Notices to show prominently.</summary>
    public ImmutableArray<string> Notices { get; init; } = [];

    /// <summary>True once the resource ended: exited, stopped, or failed to start.</summary>
    public bool IsTerminal => State is ResourceState.Exited or ResourceState.Stopped or ResourceState.FailedToStart;
}
