namespace OdooAspire.Hosting.ApplicationModel;

/// <summary>Where a resource is in its life.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,
    Stopping,
    Stopped,
    Exited,
    FailedToStart,
}
