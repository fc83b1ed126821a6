namespace OdooAspire.Dashboard.Resources;

/// <summary>The lifecycle states a resource goes through.</summary>
public enum ResourceState
{
    /// <summary>Declared; nothing has been done yet.</summary>
    NotStarted,

    /// <summary>Waiting for the resources it depends on.</summary>
    Waiting,

    /// <summary>Being started.</summary>
    Starting,

    /// <summary>Running; no health check has passed yet (or it has none).</summary>
    Running,

    /// <summary>Running and every health check passes.</summary>
    Healthy,

    /// <summary>Running but a health check fails.</summary>
    Unhealthy,

    /// <summary>Being stopped.</summary>
    Stopping,

    /// <summary>Stopped on request (a command or shutdown).</summary>
    Stopped,

    /// <summary>Ended on its own; the snapshot carries the exit code.</summary>
    Exited,

    /// <summary>Could not be started; <see cref="ResourceSnapshot.StateReason"/> says why.</summary>
    FailedToStart,
}
