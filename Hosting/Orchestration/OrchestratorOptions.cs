namespace OdooAspire.Hosting.Orchestration;

/// <summary>Timings of the orchestrator.</summary>
internal sealed record OrchestratorOptions
{
    /// <summary>Pause between two rounds of readiness checks.</summary>
    public TimeSpan HealthCheckInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Pause between two rounds of health checks once a resource is healthy.</summary>
    public TimeSpan HealthMonitorInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many log lines an error message carries.</summary>
    public int FailureLogLines { get; init; } = 20;
}
