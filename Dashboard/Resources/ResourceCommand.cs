namespace OdooAspire.Dashboard.Resources;

/// <summary>Commands a user can run on a resource from the dashboard.</summary>
public enum ResourceCommand
{
    /// <summary>Start a stopped resource.</summary>
    Start,

    /// <summary>Stop a running resource.</summary>
    Stop,

    /// <summary>Stop then start a resource.</summary>
    Restart,
}
