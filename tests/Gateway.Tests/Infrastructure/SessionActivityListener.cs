using System.Collections.Concurrent;
using System.Diagnostics;
using OdooAspire.Gateway.WebSockets;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>Collects the gateway's websocket session spans and lets a test await the one for its path.</summary>
internal sealed class SessionActivityListener : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Activity>> _waiting = new();

    public SessionActivityListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WebSocketTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem(WebSocketTelemetryTags.Path) is string path)
                {
                    For(path).TrySetResult(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task<Activity> WaitForSessionAsync(string path) =>
        await For(path).Task.WaitAsync(TestTimeouts.Step);

    public void Dispose() => _listener.Dispose();

    private TaskCompletionSource<Activity> For(string path) =>
        _waiting.GetOrAdd(path, _ => new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously));
}
