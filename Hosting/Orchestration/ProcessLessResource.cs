namespace OdooAspire.Hosting.Orchestration;

/// <summary>A started resource with no process of its own (e.g. a database inside a server): it ends when stopped.</summary>
internal sealed class ProcessLessResource : IRunningResource
{
    private readonly TaskCompletionSource<int> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int? ProcessId => null;

    public Task<int> Completion => _completion.Task;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _completion.TrySetResult(0);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _completion.TrySetResult(0);
        return ValueTask.CompletedTask;
    }
}
