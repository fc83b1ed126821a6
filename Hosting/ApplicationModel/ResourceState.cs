namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Where a resource is in its life.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,

    /// <summary>Was healthy; a health check fails now (it turns healthy again when the checks pass).</summary>
    Unhealthy,

    Stopping,
    Stopped,
    Exited,
    FailedToStart,
}
