using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Odoo;

/// <summary>
/// Runs Odoo's one-off install (<c>-i modules --stop-after-init</c>, as a process or a container) to its end,
/// turning its log into progress on the resource's status; a non-zero exit fails the resource with the last lines.
/// </summary>
internal static class OdooInstallRun
{
    public static async Task RunAsync(
        Func<CancellationToken, Task<IRunningResource>> start, string description, string title, ResourceStartContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(context);
        var progress = new OdooInitProgress(title, time);
        context.ReportStatus(progress.Status);
        var backlog = context.Log.Snapshot();
        var seen = backlog.Count == 0 ? 0 : backlog[^1].Sequence;
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = WatchAsync(context, progress, seen, watching.Token);
        try
        {
            await using var running = await start(cancellationToken);
            var exitCode = await running.Completion.WaitAsync(cancellationToken);
            if (exitCode != 0)
            {
                throw new ResourceFailedException(context.Resource.Name, $"{description} exited with code {exitCode}", context.Log.Tail(20));
            }
        }
        finally
        {
            await watching.CancelAsync();
            await watcher.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task WatchAsync(ResourceStartContext context, OdooInitProgress progress, long after, CancellationToken cancellationToken)
    {
        await foreach (var line in context.Log.WatchAsync(cancellationToken))
        {
            if (line.Sequence > after && progress.Observe(line.Text) is { } status)
            {
                context.ReportStatus(status);
            }
        }
    }
}
