using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace OdooAspire.GatewayBench;

/// <summary>
/// Has a .NET proxy collect its garbage before its memory is read, over the runtime's diagnostics channel (as
/// dotnet-gcdump does): otherwise the figure says whether a GC happened to run between two readings (5 to 25 KB
/// per connection over runs) rather than what the connections hold.
/// </summary>
internal static class ManagedHeap
{
    // Microsoft-Windows-DotNETRuntime's GCHeapCollect keyword: enabling it induces a blocking full collection.
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task CollectAsync(int pid)
    {
        var client = new DiagnosticsClient(pid);
        EventPipeProvider[] providers = [new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcHeapCollectKeyword)];
        using var session = await client.StartEventPipeSessionAsync(providers, requestRundown: false, circularBufferMB: 1, CancellationToken.None);
        // Drain the session so the runtime never blocks on it; the collection runs as the session starts.
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }
}
