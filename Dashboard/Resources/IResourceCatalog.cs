namespace OdooAspire.Dashboard.Resources;

/// <summary>
/// What the dashboard needs from the orchestration host: the resources, their console output,
/// and the commands a user can run on them. The host implements it; the dashboard only reads it.
/// </summary>
public interface IResourceCatalog
{
    /// <summary>The current state of every resource, in the order the host declares them.</summary>
    IReadOnlyList<ResourceSnapshot> GetResources();

    /// <summary>Yields a resource's new snapshot each time anything about it changes, until cancelled.</summary>
    IAsyncEnumerable<ResourceSnapshot> WatchResourcesAsync(CancellationToken cancellationToken);

    /// <summary>The retained console lines of one resource, oldest first (the host bounds how many).</summary>
    IReadOnlyList<ConsoleLogLine> GetConsoleLogs(string resourceName);

    /// <summary>Yields console lines as they are written, of one resource or of all when <paramref name="resourceName"/> is null.</summary>
    IAsyncEnumerable<ConsoleLogLine> WatchConsoleLogsAsync(string? resourceName, CancellationToken cancellationToken);

    /// <summary>Runs a command on a resource; throws <see cref="InvalidOperationException"/> with a readable message when it cannot.</summary>
    Task ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken);
}
