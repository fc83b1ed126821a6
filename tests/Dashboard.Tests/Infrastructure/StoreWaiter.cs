using OdooAspire.Dashboard.Storage;

namespace OdooAspire.Dashboard.Tests.Infrastructure;

/// <summary>Waits for a store to reach a condition, woken by the store's change feed, with a deadline.</summary>
internal static class StoreWaiter
{
    public static async Task UntilAsync(ChangeFeed changes, Func<bool> condition, Func<string> describeSeen)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Telemetry);
        try
        {
            while (true)
            {
                // Read the version before checking, so a change between the check and the wait is not missed.
                var version = changes.Version;
                if (condition())
                {
                    return;
                }

                await changes.WaitForChangeAsync(version, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Timed out after {TestTimeouts.Telemetry}; seen: {describeSeen()}");
        }
    }
}
