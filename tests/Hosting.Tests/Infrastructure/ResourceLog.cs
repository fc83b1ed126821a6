using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>
/// Collects a resource's log (what the integration writes and the process's console) from the app's start, so a test
/// can wait for a line and a failure can show the last lines seen.
/// </summary>
internal sealed class ResourceLog : IAsyncDisposable
{
    private readonly List<string> _lines = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private ResourceLog()
    {
    }

    /// <summary>
    /// Starts collecting when the app starts: a resource's log is keyed by its orchestrator instance name, known
    /// only once Aspire's own before-start handlers have run (they were subscribed first, so they run first).
    /// </summary>
    public static ResourceLog Attach(IDistributedApplicationBuilder builder, IResource resource)
    {
        var log = new ResourceLog();
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var logs = @event.Services.GetRequiredService<ResourceLoggerService>();
            log._pump = Task.Run(() => log.PumpAsync(logs, resource), CancellationToken.None);
            return Task.CompletedTask;
        });
        return log;
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Tail(int count = 30) => string.Join(Environment.NewLine, Lines.TakeLast(count));

    /// <summary>Waits for a line containing <paramref name="text"/>; on timeout fails with the last lines seen.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
        var deadline = DateTime.UtcNow + timeout;
        while (!Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"No log line containing '{text}' within {timeout}. Last lines:{Environment.NewLine}{Tail()}");
            }

            await timer.WaitForNextTickAsync();
        }
    }

    private async Task PumpAsync(ResourceLoggerService logs, IResource resource)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stop.Token))
            {
                lock (_lines)
                {
                    _lines.AddRange(batch.Select(l => l.Content));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }
}
