namespace OdooAspire.Hosting.Readiness;

/// <summary>Answers "is the resource ready to serve?" once; the orchestrator repeats it until it passes.</summary>
public interface IReadinessCheck
{
    /// <summary>A short description for logs and errors (e.g. "HTTP GET /web/health").</summary>
    string Description { get; }

    /// <summary>Runs the check once.</summary>
    Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}
