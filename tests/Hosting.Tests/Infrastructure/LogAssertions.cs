using OdooAspire.Hosting.ApplicationModel;
using OdooAspire.Hosting.Orchestration;

namespace OdooAspire.Hosting.Tests.Infrastructure;

/// <summary>Waits for a log line; on timeout fails with what was seen.</summary>
internal static class LogAssertions
{
    public static async Task<LogLine> WaitForLineAsync(this LogBuffer log, Func<string, bool> predicate, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TestTimeouts.Short);
        try
        {
            await foreach (var line in log.WatchAsync(cts.Token))
            {
                if (predicate(line.Text))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with the lines seen.
        }

        throw new TimeoutException("The expected log line did not appear. Last lines:" + Environment.NewLine
                                   + string.Join(Environment.NewLine, log.Tail(30)));
    }
}
