using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OdooAspire.AppHost.Commands;

/// <summary>
/// A resource command that runs once at a time and only on a running, healthy resource: the dashboard shows it
/// disabled otherwise (Aspire re-evaluates <see cref="State"/> at every snapshot, so starting and ending a run
/// publishes one), and a second call through the API while it runs is refused.
/// </summary>
internal sealed class ExclusiveCommand(string displayName, Func<ExecuteCommandContext, Task<ExecuteCommandResult>> run)
{
    private int _running;

    public bool IsRunning => Volatile.Read(ref _running) == 1;

    public ResourceCommandState State(UpdateCommandStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = context.ResourceSnapshot;
        return !IsRunning && CanRunOn(snapshot.State?.Text, snapshot.HealthStatus) ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;
    }

    /// <summary>Only a running resource whose health checks all pass (starting, stopping, restarting or unhealthy: not yet).</summary>
    public static bool CanRunOn(string? state, HealthStatus? health) => state == KnownResourceStates.Running && health == HealthStatus.Healthy;

    public async Task<ExecuteCommandResult> ExecuteAsync(IResource resource, ExecuteCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return CommandResults.Failure($"{displayName} is already running on {resource.Name}; wait for it to finish.");
        }

        var notifications = context.Services.GetRequiredService<ResourceNotificationService>();
        try
        {
            await notifications.PublishUpdateAsync(resource, s => s);
            return await run(context);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
            await notifications.PublishUpdateAsync(resource, s => s);
        }
    }
}
