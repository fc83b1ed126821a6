namespace OdooAspire.Hosting.Orchestration;

/// <summary>A started resource: something that ends on its own or when asked to stop.</summary>
internal interface IRunningResource : IAsyncDisposable
{
    /// <summary>The main process id, when the resource is a local process.</summary>
    int? ProcessId { get; }

    /// <summary>Completes with the exit code when the resource ends.</summary>
    Task<int> Completion { get; }

    /// <summary>Asks for a graceful stop, forces it after the resource's timeout, and waits for the end.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
