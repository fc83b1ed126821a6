using System.Diagnostics;

namespace OdooAspire.Gateway.Tests.Infrastructure;

/// <summary>
/// Collects ASP.NET Core's request spans that carry a <c>url.path</c> (those of hosts whose OpenTelemetry
/// instrumentation is on) and lets a test await one. Every host of the test process shows here, the fake
/// Odoo's too, so tests match on paths of their own.
/// </summary>
internal sealed class RequestActivityListener : IDisposable
{
    public const string AspNetCoreSource = "Microsoft.AspNetCore";
    public const string PathTag = "url.path";

    private readonly ActivityListener _listener;
    private readonly Lock _lock = new();
    private readonly List<Activity> _stopped = [];
    private readonly List<(Func<Activity, bool> Match, TaskCompletionSource<Activity> Found)> _waiting = [];

    public RequestActivityListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AspNetCoreSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The first request span for <paramref name="path"/> that matches, awaited with the step timeout.</summary>
    public Task<Activity> WaitForAsync(string path, Func<Activity, bool>? match = null)
    {
        bool Matches(Activity activity) => Equals(activity.GetTagItem(PathTag), path) && (match?.Invoke(activity) ?? true);
        var found = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_stopped.FirstOrDefault(Matches) is { } seen)
            {
                return Task.FromResult(seen);
            }

            _waiting.Add((Matches, found));
        }

        return found.Task.WaitAsync(TestTimeouts.Step);
    }

    /// <summary>Every request span for <paramref name="path"/> seen so far.</summary>
    public Activity[] Seen(string path)
    {
        lock (_lock)
        {
            return [.. _stopped.Where(activity => Equals(activity.GetTagItem(PathTag), path))];
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        if (activity.GetTagItem(PathTag) is null)
        {
            return;
        }

        lock (_lock)
        {
            _stopped.Add(activity);
            foreach (var waiter in _waiting.Where(waiter => waiter.Match(activity)).ToArray())
            {
                waiter.Found.TrySetResult(activity);
                _waiting.Remove(waiter);
            }
        }
    }
}
