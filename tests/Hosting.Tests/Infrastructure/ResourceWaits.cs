using OdooAspire.Hosting.Testing;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Waits for a resource with a deadline; on timeout fails with its state and last log lines.</summary>
internal static class ResourceWaits
{
    public static async Task WaitHealthyAsync(this DevHostTestApp app, string name, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TestTimeouts.Long);
        try
        {
            await app.WaitForResourceHealthyAsync(name, cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            var states = app.App.ResourceNotifications.Current.Select(s =>
                $"- {s.Name}: {s.State} {s.Reason}{Environment.NewLine}    "
                + string.Join(Environment.NewLine + "    ", app.GetLogs(s.Name).Tail(15)));
            throw new TimeoutException(
                $"'{name}' was not healthy in time. Resources:{Environment.NewLine}" + string.Join(Environment.NewLine, states));
        }
    }
}
